// IPv4 CIDR arithmetic for address plans: parse, split into subnets, test overlap. Addresses are unsigned
// 32-bit numbers; the schema has already checked the CIDR's syntax.

export interface Cidr {
  readonly base: number;
  readonly prefix: number;
}

export function parseCidr(text: string): Cidr {
  const [ip, bits] = text.split("/");
  const octets = (ip ?? "").split(".").map(Number);
  const prefix = Number(bits);
  if (octets.length !== 4 || octets.some((o) => !Number.isInteger(o) || o < 0 || o > 255) || !Number.isInteger(prefix) || prefix < 0 || prefix > 32) {
    throw new Error(`not an IPv4 CIDR: ${text}`);
  }
  const address = octets.reduce((acc, o) => acc * 256 + o, 0);
  // Normalise host bits away: 10.1.2.3/16 is the network 10.1.0.0/16.
  return { base: address - (address % size(prefix)), prefix };
}

export function formatIp(address: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(address / 2 ** shift) % 256).join(".");
}

export function formatCidr(cidr: Cidr): string {
  return `${formatIp(cidr.base)}/${cidr.prefix}`;
}

/** Number of addresses in a block of this prefix length. */
export function size(prefix: number): number {
  return 2 ** (32 - prefix);
}

/** The index-th block of length `prefix` inside `parent` (Terraform's cidrsubnet with newbits = prefix - parent.prefix). */
export function subnet(parent: Cidr, prefix: number, index: number): Cidr {
  if (prefix < parent.prefix) throw new Error(`a /${prefix} does not fit in ${formatCidr(parent)}`);
  const count = 2 ** (prefix - parent.prefix);
  if (index < 0 || index >= count) throw new Error(`${formatCidr(parent)} has ${count} /${prefix} blocks, not ${index + 1}`);
  return { base: parent.base + index * size(prefix), prefix };
}

/** The n-th host address of a block (n = 0 is the network address). */
export function host(cidr: Cidr, n: number): string {
  return formatIp(cidr.base + n);
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  return a.base < b.base + size(b.prefix) && b.base < a.base + size(a.prefix);
}

/** The first candidate range that overlaps none of `taken`, else the last candidate. */
export function firstFreeRange(candidates: readonly string[], taken: readonly string[]): string {
  const used = taken.map(parseCidr);
  return candidates.find((c) => !used.some((u) => overlaps(parseCidr(c), u))) ?? candidates[candidates.length - 1]!;
}

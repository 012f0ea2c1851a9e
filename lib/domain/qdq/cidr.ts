// Just enough IPv4 arithmetic to hand out non-overlapping 10.N.0.0/16 blocks to regions that have none.

export interface Cidr {
  base: number;
  prefix: number;
}

export function parseCidr(text: string): Cidr | undefined {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(text.trim());
  if (!match) return undefined;
  const octets = match.slice(1, 5).map(Number);
  const prefix = Number(match[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return undefined;
  const address = octets.reduce((acc, o) => acc * 256 + o, 0);
  const size = 2 ** (32 - prefix);
  return { base: address - (address % size), prefix };
}

export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  const aEnd = a.base + 2 ** (32 - a.prefix);
  const bEnd = b.base + 2 ** (32 - b.prefix);
  return a.base < bEnd && b.base < aEnd;
}

/**
 * The lowest-numbered 10.N.0.0/16 (N from 1) that overlaps none of `taken`; deterministic, so importing
 * the same file twice gives the same addresses. Undefined when all 255 are taken.
 */
export function nextFreeSlash16(taken: readonly Cidr[]): string | undefined {
  for (let n = 1; n <= 255; n += 1) {
    const candidate: Cidr = { base: (10 * 256 + n) * 65_536, prefix: 16 };
    if (!taken.some((t) => cidrsOverlap(t, candidate))) return `10.${n}.0.0/16`;
  }
  return undefined;
}

// IPv4 CIDR arithmetic on unsigned 32-bit numbers, for overlap checks and address allocation.

export interface Ipv4Range {
  /** Address as written (may have host bits set). */
  address: number;
  prefix: number;
  /** First and last address of the block, host bits cleared. */
  start: number;
  end: number;
}

export function parseCidr(cidr: string): Ipv4Range | undefined {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr.trim());
  if (!match) return undefined;
  const octets = match.slice(1, 5).map(Number);
  const prefix = Number(match[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return undefined;
  const address = octets.reduce((acc, o) => acc * 256 + o, 0);
  const size = 2 ** (32 - prefix);
  const start = Math.floor(address / size) * size;
  return { address, prefix, start, end: start + size - 1 };
}

export function formatCidr(start: number, prefix: number): string {
  const octets = [24, 16, 8, 0].map((shift) => Math.floor(start / 2 ** shift) % 256);
  return `${octets.join(".")}/${prefix}`;
}

export function overlaps(a: Ipv4Range, b: Ipv4Range): boolean {
  return a.start <= b.end && b.start <= a.end;
}

const TEN_SLASH_8 = { start: 10 * 2 ** 24, end: 11 * 2 ** 24 - 1 };

/**
 * The first block of `prefix` inside 10.0.0.0/8 that overlaps none of `taken`. One pass over the taken
 * ranges sorted by start: O(r log r), whatever the prefix.
 */
export function firstFreeBlock(prefix: number, taken: readonly Ipv4Range[]): string | undefined {
  if (prefix < 8 || prefix > 32) return undefined;
  const size = 2 ** (32 - prefix);
  const sorted = [...taken].sort((a, b) => a.start - b.start);
  let candidate = TEN_SLASH_8.start;
  for (const t of sorted) {
    if (t.end < candidate) continue;
    if (t.start > candidate + size - 1) break; // the candidate ends before this range: it is free
    candidate = Math.ceil((t.end + 1) / size) * size; // first aligned block after the range
  }
  return candidate + size - 1 <= TEN_SLASH_8.end ? formatCidr(candidate, prefix) : undefined;
}

/**
 * The lowest-numbered 10.N.0.0/16 (N from 1) that overlaps none of `taken`; deterministic, so the same
 * input always gets the same addresses. Undefined when all 255 are taken.
 */
export function nextFreeSlash16(taken: readonly Ipv4Range[]): string | undefined {
  for (let n = 1; n <= 255; n += 1) {
    const start = (10 * 256 + n) * 65_536;
    if (!taken.some((t) => t.start <= start + 65_535 && start <= t.end)) return `10.${n}.0.0/16`;
  }
  return undefined;
}

/** Number of addresses in a block of this prefix length. */
export function blockSize(prefix: number): number {
  return 2 ** (32 - prefix);
}

/** A CIDR the caller knows is well formed (from a parsed document or a plan); throws otherwise. */
export function cidr(text: string): Ipv4Range {
  const range = parseCidr(text);
  if (!range) throw new Error(`not an IPv4 CIDR: ${text}`);
  return range;
}

export function formatRange(range: Ipv4Range): string {
  return formatCidr(range.start, range.prefix);
}

export function formatIp(address: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(address / 2 ** shift) % 256).join(".");
}

/** An IPv4 address as a number, or undefined when the text is not one. */
export function parseIp(text: string): number | undefined {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text.trim());
  if (!match) return undefined;
  const octets = match.slice(1, 5).map(Number);
  return octets.some((o) => o > 255) ? undefined : octets.reduce((acc, o) => acc * 256 + o, 0);
}

/** The index-th block of length `prefix` inside `parent` (Terraform's cidrsubnet with newbits = prefix - parent.prefix). */
export function subnetOf(parent: Ipv4Range, prefix: number, index: number): Ipv4Range {
  if (prefix < parent.prefix) throw new Error(`a /${prefix} does not fit in ${formatRange(parent)}`);
  const count = 2 ** (prefix - parent.prefix);
  if (index < 0 || index >= count) throw new Error(`${formatRange(parent)} has ${count} /${prefix} blocks, not ${index + 1}`);
  const start = parent.start + index * blockSize(prefix);
  return { address: start, prefix, start, end: start + blockSize(prefix) - 1 };
}

/** The n-th address of a block (n = 0 is the network address). */
export function hostOf(range: Ipv4Range, n: number): string {
  return formatIp(range.start + n);
}

export function containsIp(range: Ipv4Range, address: number): boolean {
  return address >= range.start && address <= range.end;
}

/** The first candidate range that overlaps none of `taken`, else undefined. */
export function firstFreeRange(candidates: readonly string[], taken: readonly string[]): string | undefined {
  const used = taken.map(cidr);
  return candidates.find((c) => !used.some((u) => overlaps(cidr(c), u)));
}

/**
 * The first `prefix`-long block inside `pool` that overlaps none of `taken` (and none handed out before, which
 * the caller adds to `taken`). Undefined when the pool is full.
 */
export function firstFreeIn(pool: string, prefix: number, taken: readonly Ipv4Range[]): string | undefined {
  const parent = cidr(pool);
  const count = 2 ** (prefix - parent.prefix);
  for (let i = 0; i < count; i++) {
    const candidate = subnetOf(parent, prefix, i);
    if (!taken.some((t) => overlaps(t, candidate))) return formatRange(candidate);
  }
  return undefined;
}

/**
 * The fewest CIDR blocks covering exactly the addresses of `blocks` (no address more or less): adjacent
 * aligned halves merge into their parent. Security rules then stay short (AWS counts every range as a rule).
 */
export function mergeCidrs(blocks: readonly string[]): string[] {
  let ranges = blocks.map(cidr).map((r) => ({ start: r.start, prefix: r.prefix }));
  // Drop blocks inside others, then merge sibling pairs until nothing changes.
  ranges.sort((a, b) => a.start - b.start || a.prefix - b.prefix);
  const kept: { start: number; prefix: number }[] = [];
  for (const r of ranges) {
    const last = kept[kept.length - 1];
    if (last && r.start <= last.start + blockSize(last.prefix) - 1) continue;
    kept.push(r);
  }
  ranges = kept;
  for (let changed = true; changed; ) {
    changed = false;
    const next: { start: number; prefix: number }[] = [];
    for (let i = 0; i < ranges.length; i++) {
      const a = ranges[i]!;
      const b = ranges[i + 1];
      const parentSize = blockSize(a.prefix - 1);
      if (b && a.prefix === b.prefix && a.prefix > 0 && a.start % parentSize === 0 && b.start === a.start + blockSize(a.prefix)) {
        next.push({ start: a.start, prefix: a.prefix - 1 });
        i += 1;
        changed = true;
      } else next.push(a);
    }
    ranges = next;
  }
  return ranges.map((r) => formatCidr(r.start, r.prefix));
}

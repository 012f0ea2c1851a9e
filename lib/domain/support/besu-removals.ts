// Command-line options, JSON-RPC API groups and genesis keys Besu removed, and in which release: what an export
// pinned to a release must not generate. From the Besu CHANGELOG; the export tests hold every bundle to it.

export type RemovalKind = "option" | "api" | "genesis-key";

export interface BesuRemoval {
  readonly kind: RemovalKind;
  /** `--privacy-enabled`, `--sync-mode=FAST` (an option with the value that went), `EEA`, `clique`. */
  readonly name: string;
  readonly removedIn: string;
  readonly source: string;
}

const CHANGELOG = "https://github.com/besu-eth/besu/blob/main/CHANGELOG.md";

export const BESU_REMOVALS: readonly BesuRemoval[] = Object.freeze([
  { kind: "option", name: "--compatibility-eth64-forkid-enabled", removedIn: "25.4.1", source: "https://github.com/besu-eth/besu/pull/8541" },
  { kind: "option", name: "--privacy-enabled", removedIn: "25.6.0", source: "https://github.com/besu-eth/besu/pull/8369" },
  { kind: "option", name: "--privacy-url", removedIn: "25.6.0", source: "https://github.com/besu-eth/besu/pull/8369" },
  { kind: "option", name: "--privacy-public-key-file", removedIn: "25.6.0", source: "https://github.com/besu-eth/besu/pull/8369" },
  { kind: "option", name: "--tx-pool-disable-locals", removedIn: "25.6.0", source: "https://github.com/besu-eth/besu/pull/8614" },
  { kind: "api", name: "EEA", removedIn: "25.7.0", source: "https://github.com/besu-eth/besu/pull/8803" },
  { kind: "api", name: "PRIV", removedIn: "25.7.0", source: "https://github.com/besu-eth/besu/pull/8803" },
  { kind: "option", name: "--miner-enabled", removedIn: "25.12.0", source: "https://github.com/besu-eth/besu/pull/9486" },
  { kind: "option", name: "--miner-coinbase", removedIn: "25.12.0", source: "https://github.com/besu-eth/besu/pull/9486" },
  { kind: "option", name: "--sync-mode=FAST", removedIn: "26.2.0", source: CHANGELOG },
  { kind: "api", name: "CLIQUE", removedIn: "26.4.0", source: "https://github.com/besu-eth/besu/pull/9992" },
  { kind: "genesis-key", name: "clique", removedIn: "26.4.0", source: "https://github.com/besu-eth/besu/pull/9852" },
  { kind: "genesis-key", name: "xemptyblockperiodseconds", removedIn: "26.8.1", source: CHANGELOG },
] satisfies BesuRemoval[]);

/** Dotted release versions compared part by part: negative when a is older. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** What a release no longer accepts. */
export function removedBy(version: string): BesuRemoval[] {
  return BESU_REMOVALS.filter((r) => compareVersions(r.removedIn, version) <= 0);
}

export interface BesuConfiguration {
  /** Every command-line argument given to Besu. */
  readonly args: readonly string[];
  /** The genesis config object's keys, at any depth. */
  readonly genesisKeys: readonly string[];
}

/** What in a Besu configuration the given release no longer accepts. */
export function rejectedBy(version: string, config: BesuConfiguration): BesuRemoval[] {
  const apis = new Set(config.args.flatMap((a) => (/^--rpc-(http|ws)-api=/.test(a) ? a.slice(a.indexOf("=") + 1).split(",") : [])));
  const options = new Set(config.args.map((a) => a.split("=")[0]));
  const keys = new Set(config.genesisKeys.map((k) => k.toLowerCase()));
  return removedBy(version).filter((r) => {
    if (r.kind === "api") return apis.has(r.name);
    if (r.kind === "genesis-key") return keys.has(r.name.toLowerCase());
    return r.name.includes("=") ? config.args.includes(r.name) : options.has(r.name);
  });
}

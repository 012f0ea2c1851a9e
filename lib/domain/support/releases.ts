// The client releases exports pin: one current, maintained Besu for every design on a supported stack, and the
// last releases that still run what a kept, existing network uses. Bump here, with the date it was checked.

export interface ReleasePin {
  /** The product, as people name it: "Besu", "GoQuorum". */
  readonly product: string;
  readonly repository: string;
  readonly tag: string;
  /** Why this release, in one line (shown in bundle READMEs). */
  readonly why: string;
  readonly source: string;
}

/** When the pins below were last checked against the projects' release records. */
export const RELEASES_CHECKED_ON = "2026-12-07";

export const RELEASES = {
  /** Latest stable Besu (a security release). Runs QBFT and IBFT 2.0, local node permissioning. */
  besu: {
    product: "Besu",
    repository: "hyperledger/besu",
    tag: "26.9.0",
    why: "the latest stable Hyperledger Besu release",
    source: "https://github.com/besu-eth/besu/blob/main/CHANGELOG.md",
  },
  /** Tessera privacy was removed in 25.6.0 (#8369), so 25.5.0 is the last Besu that runs private members. */
  besuWithTessera: {
    product: "Besu",
    repository: "hyperledger/besu",
    tag: "25.5.0",
    why: "the last Besu release with Tessera private transactions (removed in 25.6.0)",
    source: "https://github.com/besu-eth/besu/pull/8369",
  },
  /** Clique block production was removed in 26.4.0 (#9852); 25.12.0 still produces blocks, with a deprecation notice. */
  besuWithClique: {
    product: "Besu",
    repository: "hyperledger/besu",
    tag: "25.12.0",
    why: "a Besu release that still produces Clique blocks (Clique was removed in 26.4.0)",
    source: "https://github.com/besu-eth/besu/pull/9852",
  },
  /** GoQuorum's last release; the project was archived on 5 June 2026. */
  goquorum: {
    product: "GoQuorum",
    repository: "quorumengineering/quorum",
    tag: "24.4.1",
    why: "the last GoQuorum release (GoQuorum was archived in June 2026)",
    source: "https://github.com/Consensys/quorum/pull/1763",
  },
  /** The Tessera tag Hyperledger FireFly's CLI pins for GoQuorum stacks. */
  tessera: {
    product: "Tessera",
    repository: "quorumengineering/tessera",
    tag: "24.4",
    why: "the Tessera release paired with GoQuorum 24.4",
    source: "https://github.com/Consensys/quorum/pull/1763",
  },
} as const satisfies Record<string, ReleasePin>;

export type ReleaseName = keyof typeof RELEASES;

export function imageRef(pin: ReleasePin): string {
  return `${pin.repository}:${pin.tag}`;
}

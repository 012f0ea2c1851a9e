// What current releases support, as data: each client, consensus algorithm and privacy option a design can
// choose, its status (supported, deprecated, removed), since when, the evidence, and what replaces it. Rules,
// the wizard, templates, exports and migration plans all read this; the data README lists the same sources.

import type { Client, Consensus } from "../schema";
import type { ReleaseName } from "./releases";

export const SUPPORT_STATUSES = ["supported", "deprecated", "removed"] as const;
export type SupportStatus = (typeof SUPPORT_STATUSES)[number];

export interface Source {
  readonly title: string;
  readonly url: string;
}

export interface StatusChange {
  readonly status: SupportStatus;
  /** The release that made the change, where there is one. */
  readonly version?: string;
  /** ISO date, or year-month where only the month is known. */
  readonly date: string;
  readonly note: string;
  readonly sources: readonly Source[];
}

/** What a design chooses that support is about. */
export type Feature =
  | { readonly kind: "client"; readonly client: Client }
  | { readonly kind: "consensus"; readonly client: Client; readonly consensus: Consensus }
  | { readonly kind: "privacy"; readonly client: Client; readonly manager: "tessera" };

/** How a design leaves an unsupported choice; each kind has a plan in lib/domain/migrate. */
export const MIGRATION_KINDS = ["goquorum-to-besu", "clique-to-qbft", "tessera-to-paladin", "ibft2-to-qbft"] as const;
export type MigrationKind = (typeof MIGRATION_KINDS)[number];

export interface SupportEntry {
  /** Stable: `besu.consensus.clique`. */
  readonly id: string;
  readonly feature: Feature;
  /** "GoQuorum", "Clique on Besu". */
  readonly label: string;
  /** The status today: the last change's. */
  readonly status: SupportStatus;
  /** Oldest first. */
  readonly history: readonly StatusChange[];
  /** The last release that still runs it, for existing networks kept on it. */
  readonly lastRelease?: ReleaseName;
  /** For supported choices that are not the recommendation for new networks. */
  readonly advice?: string;
  readonly replacement?: { readonly label: string; readonly migration: MigrationKind };
}

const BESU_CHANGELOG: Source = { title: "Besu CHANGELOG", url: "https://github.com/besu-eth/besu/blob/main/CHANGELOG.md" };
const SUNSETTING_BLOG: Source = {
  title: "LF Decentralized Trust: Sunsetting Tessera and simplifying Hyperledger Besu",
  url: "https://www.lfdecentralizedtrust.org/blog/sunsetting-tessera-and-simplifying-hyperledger-besu",
};

const GOQUORUM_ARCHIVED: StatusChange = {
  status: "removed",
  version: "24.4.1",
  date: "2026-06-05",
  note: "Consensys archived GoQuorum: no longer maintained or supported, not recommended for new projects; 24.4.1 is its last release",
  sources: [
    { title: "Consensys/quorum #1763: archive notice in the README", url: "https://github.com/Consensys/quorum/pull/1763" },
    { title: "Consensys/doc.goquorum #283: archive notice in the docs", url: "https://github.com/Consensys/doc.goquorum/pull/283" },
    { title: "GoQuorum releases", url: "https://github.com/Consensys-inc-archive/quorum/releases" },
  ],
};

const GOQUORUM_TO_BESU = { label: "Hyperledger Besu with QBFT", migration: "goquorum-to-besu" } as const;

function goQuorumConsensus(consensus: Consensus, label: string): SupportEntry {
  return {
    id: `goquorum.consensus.${consensus}`,
    feature: { kind: "consensus", client: "goquorum", consensus },
    label: `${label} on GoQuorum`,
    status: "removed",
    history: [GOQUORUM_ARCHIVED],
    lastRelease: "goquorum",
    replacement: GOQUORUM_TO_BESU,
  };
}

export const SUPPORT_ENTRIES: readonly SupportEntry[] = Object.freeze([
  {
    id: "besu",
    feature: { kind: "client", client: "besu" },
    label: "Hyperledger Besu",
    status: "supported",
    history: [{ status: "supported", version: "26.9.0", date: "2026-12-07", note: "maintained under besu-eth; 26.9.0 is the latest stable release", sources: [BESU_CHANGELOG] }],
  },
  {
    id: "besu.consensus.qbft",
    feature: { kind: "consensus", client: "besu", consensus: "qbft" },
    label: "QBFT on Besu",
    status: "supported",
    history: [{
      status: "supported", date: "2026-12-07", note: "the consensus Besu recommends for private networks",
      sources: [{ title: "Besu docs: Configure QBFT consensus", url: "https://besu.hyperledger.org/private-networks/how-to/configure/consensus/qbft" }],
    }],
  },
  {
    id: "besu.consensus.ibft2",
    feature: { kind: "consensus", client: "besu", consensus: "ibft2" },
    label: "IBFT 2.0 on Besu",
    status: "supported",
    history: [{
      status: "supported", date: "2026-12-07", note: "supported for existing private networks; a documented migration to QBFT (qbft.startBlock) works from 26.8.0",
      sources: [
        { title: "besu-docs #2038: Migrate from IBFT 2.0 to QBFT", url: "https://github.com/besu-eth/besu-docs/pull/2038" },
        { title: "besu #10680: IBFT2 to QBFT migration fix (26.8.0)", url: "https://github.com/besu-eth/besu/issues/10680" },
      ],
    }],
    advice: "QBFT supersedes IBFT 2.0 for new networks",
    replacement: { label: "QBFT", migration: "ibft2-to-qbft" },
  },
  {
    id: "besu.consensus.clique",
    feature: { kind: "consensus", client: "besu", consensus: "clique" },
    label: "Clique on Besu",
    status: "removed",
    history: [
      {
        status: "deprecated", version: "25.12.0", date: "2025-12",
        note: "Clique block production announced for removal: existing networks could still sync, but no longer validate",
        sources: [BESU_CHANGELOG, { title: "besu-docs #1889: Clique deprecation notice", url: "https://github.com/besu-eth/besu-docs/pull/1889" }],
      },
      {
        status: "removed", version: "26.4.0", date: "2026-04",
        note: "Besu refuses a pure Clique genesis and the clique_* JSON-RPC methods are gone",
        sources: [
          { title: "besu #9852: remove Clique consensus", url: "https://github.com/besu-eth/besu/pull/9852" },
          { title: "besu #9992: remove clique_* RPC methods", url: "https://github.com/besu-eth/besu/pull/9992" },
        ],
      },
    ],
    lastRelease: "besuWithClique",
    replacement: { label: "QBFT", migration: "clique-to-qbft" },
  },
  {
    id: "besu.privacy.tessera",
    feature: { kind: "privacy", client: "besu", manager: "tessera" },
    label: "Tessera privacy on Besu",
    status: "removed",
    history: [
      {
        status: "deprecated", version: "24.12.0", date: "2024-12", note: "Tessera-based privacy deprecated",
        sources: [SUNSETTING_BLOG, { title: "Besu docs: Run Tessera with Besu (Deprecated)", url: "https://besu.hyperledger.org/private-networks/how-to/use-privacy/tessera" }],
      },
      {
        status: "removed", version: "25.6.0", date: "2025-06",
        note: "private transactions removed (historic privacy marker transactions are no longer executed); the EEA and PRIV APIs followed in 25.7.0",
        sources: [
          { title: "besu #8369: remove Tessera privacy", url: "https://github.com/besu-eth/besu/pull/8369" },
          { title: "besu #8803: remove the EEA and PRIV RPC groups", url: "https://github.com/besu-eth/besu/pull/8803" },
        ],
      },
    ],
    lastRelease: "besuWithTessera",
    replacement: { label: "Paladin (LF Decentralized Trust)", migration: "tessera-to-paladin" },
  },
  {
    id: "goquorum",
    feature: { kind: "client", client: "goquorum" },
    label: "GoQuorum",
    status: "removed",
    history: [GOQUORUM_ARCHIVED],
    lastRelease: "goquorum",
    replacement: GOQUORUM_TO_BESU,
  },
  goQuorumConsensus("qbft", "QBFT"),
  goQuorumConsensus("istanbul", "Istanbul BFT"),
  goQuorumConsensus("raft", "Raft"),
  goQuorumConsensus("clique", "Clique"),
  {
    id: "goquorum.privacy.tessera",
    feature: { kind: "privacy", client: "goquorum", manager: "tessera" },
    label: "Tessera privacy on GoQuorum",
    status: "removed",
    history: [GOQUORUM_ARCHIVED],
    lastRelease: "goquorum",
    replacement: { label: "Paladin (LF Decentralized Trust) on Besu", migration: "tessera-to-paladin" },
  },
] satisfies SupportEntry[]);

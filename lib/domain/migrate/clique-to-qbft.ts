// Clique on Besu to QBFT: Besu 26.4.0 removed Clique and no release transitions a Clique chain to QBFT in place,
// so the move is to a new QBFT network (the old one stays on the last release that produces Clique blocks).

import type { TopologyDocument } from "../schema";
import { RELEASES } from "../support";
import { newNetworkSteps } from "./new-network";
import type { MigrationPlan } from "./types";

export function cliqueToQbft(doc: TopologyDocument): MigrationPlan {
  const { target, steps } = newNetworkSteps(doc, { client: "besu", consensus: "qbft" }, "Clique");
  return {
    kind: "clique-to-qbft",
    title: "Besu Clique to a new QBFT network",
    summary: `Besu removed Clique in 26.4.0 and offers no in-place transition from it, so a new QBFT network starts from a genesis that carries the accounts over and clients cut over at a planned block. Until then the Clique network runs Besu ${RELEASES.besuWithClique.tag}, a release that still produces its blocks.`,
    continuity: "new-network",
    target,
    steps,
    caveats: [
      "History stays on the old chain: block numbers and transaction hashes start again on the new one.",
      "Besu's older documentation describes the same two options for leaving Clique: a new network from the state at a block, or replaying transactions.",
    ],
    sources: [
      { title: "besu #9852: remove Clique consensus", url: "https://github.com/besu-eth/besu/pull/9852" },
      { title: "besu-docs #1889: Clique deprecation notice", url: "https://github.com/besu-eth/besu-docs/pull/1889" },
    ],
  };
}

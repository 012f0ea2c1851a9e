// IBFT 2.0 to QBFT on Besu: the documented in-place migration. A `qbft` section with a `startBlock` is added to
// the genesis beside `ibft2`, every node restarts before that block, and the chain switches at it.

import type { TopologyDocument } from "../schema";
import { RELEASES } from "../support";
import { replacementSchedule } from "./quorum-steps";
import { validatorCount } from "./new-network";
import type { MigrationPlan } from "./types";

export function ibft2ToQbft(doc: TopologyDocument): MigrationPlan {
  const { blockPeriodSeconds, requestTimeoutSeconds } = doc.network;
  const n = validatorCount(doc);
  const during = replacementSchedule("ibft2", n);
  return {
    kind: "ibft2-to-qbft",
    title: "IBFT 2.0 to QBFT on the same chain",
    summary: `The chain carries on: from a chosen block every node runs QBFT. Each node restarts once with a genesis that has a qbft section starting at that block; validators restart one at a time.`,
    continuity: "same-chain",
    target: { ...doc, network: { ...doc.network, consensus: "qbft", existing: true } },
    steps: [
      {
        title: `Run Besu ${RELEASES.besu.tag} everywhere`,
        actions: ["The migration works reliably from Besu 26.8.0 (earlier releases left IBFT 2.0 block production running after a restart and disabled the BFT RPC methods). Upgrade node by node first."],
        check: "web3_clientVersion reports 26.8.0 or later on every node.",
      },
      {
        title: "Add QBFT to the genesis from a future block",
        actions: [
          "Pick a block N far enough ahead to restart every node. Keep the ibft2 section and extraData as they are, and add:",
          `"qbft": { "blockperiodseconds": ${blockPeriodSeconds}, "epochlength": 30000, "requesttimeoutseconds": ${requestTimeoutSeconds}, "startBlock": N }`,
        ],
        check: "Every node has the same new genesis file (compare checksums).",
      },
      {
        title: "Restart every node before block N",
        actions: [
          "Non-validators first, then validators one at a time, each back in sync before the next.",
          "A node still on the old genesis at block N forks off the network.",
          ...(during.temporary > 0 ? [`With ${n} validators, blocks pause while each validator restarts (one down leaves fewer than the quorum).`] : []),
        ],
        check: "Every node is in sync on the new genesis before block N.",
        ...(during.temporary === 0 ? { quorum: during.during } : {}),
      },
      {
        title: "Confirm the switch",
        actions: ["After block N, the logs show QbftBesuControllerBuilder and BftProcessorExecutor-QBFT lines (qbft_getValidatorsByBlockNumber answers either way, so it does not prove the switch)."],
        check: "Blocks after N are produced by QBFT on every validator.",
      },
    ],
    caveats: ["Rehearse on a copy of the network: the migration is one way."],
    sources: [
      { title: "besu-docs #2038: Migrate from IBFT 2.0 to QBFT", url: "https://github.com/besu-eth/besu-docs/pull/2038" },
      { title: "besu #10680: IBFT2 to QBFT migration fix (26.8.0)", url: "https://github.com/besu-eth/besu/issues/10680" },
    ],
  };
}

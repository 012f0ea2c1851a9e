// Block period and request timeout on a running chain. Both live in the genesis file, so a change has to be a
// transition at a future block that every node loads before that block, where the client documents one:
// - Besu QBFT and IBFT 2.0: `transitions.<engine>[{ block, blockperiodseconds }]`. Besu's transitions carry the
//   block period, block reward, mining beneficiary, validators and validator selection mode; not the request
//   timeout (BftFork), and its docs describe no other way to change that on a running network.
// - GoQuorum QBFT: `transitions: [{ block, blockperiodseconds }]`.
// Besu's block-time page says to stop every node, add the transition and start them again; its transitions
// caution describes a rolling update that picks the file up before the transition block, which is what this
// plan does so that blocks keep coming. Raft mints as transactions arrive (--raftblocktime) and has no request
// timeout; Clique and Istanbul BFT are left to their migrations.

import { CONSENSUS_LABELS } from "../../consensus";
import type { TopologyDocument } from "../../schema";
import type { Source } from "../../support";
import type { Refusal } from "./types";

export interface BlockPeriodTransition {
  readonly fromSeconds: number;
  readonly toSeconds: number;
  /** The JSON to add under the genesis file's "config". */
  readonly snippet: string;
  /** GoQuorum keeps the chain config in its database: `geth init` loads the new file before a restart. */
  readonly reinitialise: boolean;
  readonly sources: readonly Source[];
}

export interface TimingOutcome {
  readonly transition?: BlockPeriodTransition;
  readonly refusals: Refusal[];
  readonly notes: string[];
}

const BESU_QBFT: Source = { title: "Besu docs: QBFT transitions (configure block time on an existing network)", url: "https://besu.hyperledger.org/private-networks/how-to/configure/consensus/qbft#transitions" };
const BESU_IBFT: Source = { title: "Besu docs: IBFT 2.0 transitions", url: "https://besu.hyperledger.org/private-networks/how-to/configure/consensus/ibft#transitions" };
const BESU_ROLLING: Source = { title: "Besu docs: transitions need a coordinated rolling update of every node", url: "https://besu.hyperledger.org/private-networks/how-to/configure/consensus/add-validators-without-voting" };
const BESU_FORK_KEYS: Source = { title: "Besu BftFork: the keys a BFT transition carries", url: "https://github.com/besu-eth/besu/blob/main/config/src/main/java/org/hyperledger/besu/config/BftFork.java" };
const GOQUORUM_QBFT: Source = { title: "GoQuorum docs: QBFT transitions", url: "https://docs.goquorum.consensys.io/configure-and-manage/configure/consensus-protocols/qbft#transitions" };

export function timingChanges(from: TopologyDocument, to: TopologyDocument): TimingOutcome {
  const { client, consensus } = to.network;
  const label = `${CONSENSUS_LABELS[consensus]} on ${client === "besu" ? "Besu" : "GoQuorum"}`;
  const out: { transition?: BlockPeriodTransition; refusals: Refusal[]; notes: string[] } = { refusals: [], notes: [] };
  const period = { from: from.network.blockPeriodSeconds, to: to.network.blockPeriodSeconds };
  const timeout = { from: from.network.requestTimeoutSeconds, to: to.network.requestTimeoutSeconds };
  // A consensus or client change is refused on its own; its timing goes with it.
  if (from.network.consensus !== consensus || from.network.client !== client) return out;

  if (timeout.from !== timeout.to) {
    if (consensus === "raft" || consensus === "clique") {
      out.notes.push(`The request timeout changed (${timeout.from} -> ${timeout.to} s); ${label} has no round timeout, so nothing runs differently.`);
    } else {
      out.refusals.push({
        what: "request timeout",
        reason: client === "besu"
          ? `${label} cannot change requesttimeoutseconds on a running chain: Besu's genesis transitions carry the block period, block reward, mining beneficiary, validators and validator selection mode, not the request timeout (${BESU_FORK_KEYS.url}), and its docs describe no other way. Keep ${timeout.from} s in the next version.`
          : `${label}: GoQuorum documents no way to change the request timeout on a running chain. Keep ${timeout.from} s in the next version.`,
      });
    }
  }

  if (period.from !== period.to) {
    const entry = { block: "<TRANSITION_BLOCK>", blockperiodseconds: period.to };
    if (client === "besu" && (consensus === "qbft" || consensus === "ibft2")) {
      out.transition = {
        fromSeconds: period.from, toSeconds: period.to, reinitialise: false,
        snippet: JSON.stringify({ transitions: { [consensus]: [entry] } }, null, 2),
        sources: [consensus === "qbft" ? BESU_QBFT : BESU_IBFT, BESU_ROLLING],
      };
    } else if (client === "goquorum" && consensus === "qbft") {
      out.transition = {
        fromSeconds: period.from, toSeconds: period.to, reinitialise: true,
        snippet: JSON.stringify({ transitions: [entry] }, null, 2),
        sources: [GOQUORUM_QBFT],
      };
    } else if (consensus === "raft") {
      out.notes.push(`The block period changed (${period.from} -> ${period.to} s); Raft mints blocks as transactions arrive (--raftblocktime), so the running chain does not see it.`);
    } else {
      out.refusals.push({
        what: "block period",
        reason: `${label}: Meridian plans block-period transitions only where the client documents them (Besu QBFT and IBFT 2.0, GoQuorum QBFT). ${consensus === "clique" ? "Move the network to QBFT first (`meridian migrate`, clique-to-qbft or goquorum-to-besu)" : "Switch the network to QBFT first (`meridian migrate`, goquorum-to-besu, whose first step is that switch)"}, then change the block period.`,
      });
    }
  }
  return out;
}

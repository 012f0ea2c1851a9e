// What a change plan will not do to a running chain, and why: anything fixed in the genesis block (chain id,
// pre-funded accounts, the consensus engine), a change of client (a migration), and a region rebuilt in place.
// Each refusal names what to do instead.

import { CONSENSUS_LABELS } from "../../consensus";
import { CLIENT_LABELS, type TopologyDocument } from "../../schema";
import { clientSupport, formatSupportDate } from "../../support";
import type { ChainDiff } from "./chain-diff";
import { validatorApi } from "./consensus-api";
import type { Refusal } from "./types";

const PLAN_AFTER = "then plan the remaining changes from the migrated version";

export function refusalsOf(from: TopologyDocument, to: TopologyDocument, diff: ChainDiff): Refusal[] {
  const out: Refusal[] = [];
  const a = from.network;
  const b = to.network;

  if (a.chainId !== b.chainId) {
    out.push({
      what: "chain id",
      reason: `The chain id (${a.chainId} -> ${b.chainId}) is part of the genesis configuration and of every signed transaction (EIP-155): a different one is a new chain. Keep ${a.chainId}, or plan a new network and move to it (\`meridian migrate\` describes the cut-over).`,
    });
  }
  if (a.client !== b.client) out.push({ what: "client", reason: clientReason(a.client, b.client) });
  else if (a.consensus !== b.consensus) out.push({ what: "consensus", reason: consensusReason(from, to) });
  else if (!validatorApi(b.client, b.consensus)) {
    out.push({ what: "consensus", reason: `${CLIENT_LABELS[b.client]} runs no ${CONSENSUS_LABELS[b.consensus]}: the design cannot be a running network.` });
  }

  if (diff.genesisChanged) {
    out.push({
      what: "pre-funded accounts",
      reason: "The pre-funded accounts are the state of block 0: changing them changes the genesis block's hash, so nodes with the new file would not join the running chain. Fund accounts with transactions instead and keep genesis.alloc as deployed.",
    });
  }
  for (const r of diff.regions.changed) {
    out.push({
      what: `region '${r.id}'`,
      reason: `Its ${r.fields.join(", ")} changed in place: that rebuilds the region's network under every node in it. Add a region with a new id where it should be, move the groups there (the plan votes validators in before voting the old ones out), then remove '${r.id}'.`,
    });
  }
  return out;
}

function clientReason(from: TopologyDocument["network"]["client"], to: TopologyDocument["network"]["client"]): string {
  if (from === "goquorum" && to === "besu") {
    return `GoQuorum to Besu is a migration, not a change: every node is replaced by a Besu node keeping its node key, with a bridge release while both clients run. Run it on its own (\`meridian migrate\`, goquorum-to-besu), ${PLAN_AFTER}.`;
  }
  const goquorum = clientSupport("goquorum");
  const archived = goquorum.history.at(-1);
  return `Besu to GoQuorum is not a supported move: GoQuorum is no longer maintained${archived ? ` (archived on ${formatSupportDate(archived.date)})` : ""}. Keep the network on Besu.`;
}

function consensusReason(from: TopologyDocument, to: TopologyDocument): string {
  const { client } = to.network;
  const a = from.network.consensus;
  const b = to.network.consensus;
  const move = `${CONSENSUS_LABELS[a]} -> ${CONSENSUS_LABELS[b]}`;
  if (client === "besu" && a === "ibft2" && b === "qbft") {
    return `${move} on Besu is a one-way migration that Besu documents as a genesis transition: a qbft section with a startBlock beside the ibft2 one, every node restarted with it before that block (reliable from Besu 26.8.0). It is a coordinated step of its own, not part of a change plan: run it (\`meridian migrate\`, ibft2-to-qbft), ${PLAN_AFTER}.`;
  }
  if (client === "goquorum" && a === "istanbul" && b === "qbft") {
    return `${move} on GoQuorum is a genesis transition ({ "block": N, "algorithm": "qbft" }) that every node loads with \`geth init\` before block N; it is the first step of the goquorum-to-besu migration (\`meridian migrate\`). Run it on its own, ${PLAN_AFTER}.`;
  }
  const toQbft = a === "clique" ? "clique-to-qbft" : client === "goquorum" ? "goquorum-to-besu" : undefined;
  return `${move} needs a new genesis: no client switches a running chain between these engines in place. A new network carries the state over at a cut-over block${toQbft ? ` (\`meridian migrate\`, ${toQbft})` : ""}.`;
}

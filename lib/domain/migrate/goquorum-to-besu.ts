// GoQuorum to Besu. On QBFT both clients run the same protocol, so the chain carries on while nodes are replaced
// one at a time with Besu nodes that keep their node keys (and so their enode URLs and validator addresses).
// Istanbul BFT networks switch to QBFT in GoQuorum first. Raft and Clique have no Besu equivalent: a new network.
// There is no official guide for this move; the plan says what it relies on and what to rehearse.

import { CONSENSUS_LABELS, minimumValidators } from "../consensus";
import { expandNodes, type NodeInstance } from "../export/nodes";
import type { TopologyDocument } from "../schema";
import { RELEASES, imageRef } from "../support";
import { newNetworkSteps, validatorCount } from "./new-network";
import { replacementSchedule } from "./quorum-steps";
import type { MigrationPlan, MigrationStep } from "./types";

/** Speaks the devp2p versions GoQuorum does and the pre-26.1 BFT wire format, and still runs Tessera privacy. */
export const BRIDGE_RELEASE = RELEASES.besuWithTessera;

const RPC = "curl -s -X POST -H 'Content-Type: application/json' http://<node>:8545";

export function goQuorumToBesu(doc: TopologyDocument): MigrationPlan {
  const { consensus } = doc.network;
  if (consensus === "raft" || consensus === "clique") return goQuorumToNewNetwork(doc);
  const nodes = expandNodes(doc);
  const validators = nodes.filter((n) => n.role === "validator");
  const others = nodes.filter((n) => n.role !== "validator");
  const schedule = replacementSchedule("qbft", validators.length);
  const privateMembers = nodes.filter((n) => n.group.role === "member" && n.group.memberType === "private");
  const target: TopologyDocument = { ...doc, network: { ...doc.network, client: "besu", consensus: "qbft", existing: true } };

  const steps: MigrationStep[] = [
    {
      title: "Prepare and rehearse",
      actions: [
        "Take a snapshot of every node's data directory and keep the node keys (nodekey) safe: each Besu node reuses its GoQuorum node's key, so enode URLs, static-nodes and permissioning lists, and validator addresses stay the same.",
        "Restore the snapshots into a test environment and run this whole plan there first: no maintained guide covers this move.",
        "Upgrade every GoQuorum node to 24.4.1, the last release, and confirm all of them are in sync.",
        ...(privateMembers.length > 0
          ? [`${privateMembers.length} private member node${privateMembers.length === 1 ? "" : "s"} run Tessera. GoQuorum's private state does not carry over to Besu: move private contracts to Paladin first (the tessera-to-paladin plan) and stop sending private transactions before any member is replaced.`]
          : []),
      ],
      check: "The rehearsal chain keeps producing blocks through every step, and every node's block hash at the same height matches.",
    },
  ];
  if (consensus === "istanbul") {
    steps.push({
      title: "Switch the chain from Istanbul BFT to QBFT in GoQuorum",
      actions: [
        "Pick a block a few hours ahead (N). In every node's genesis file add a transition to QBFT at N: \"transitions\": [{ \"block\": N, \"algorithm\": \"qbft\" }].",
        `Restart every node with the new genesis before block N: validators one at a time, waiting for each to rejoin${validators.length < 4 ? ` (with ${validators.length} validators, blocks pause for the few seconds each restart takes)` : ""}.`,
      ],
      check: "After block N, blocks carry QBFT headers (istanbul_getValidators still lists every validator) and production never paused.",
    });
  }
  steps.push({
    title: "Write the Besu genesis for this chain",
    actions: [
      "Convert the running chain's GoQuorum genesis (not a newly generated one): `meridian migrate <design> --genesis <goquorum-genesis.json>` keeps chainId, fork blocks, extraData, alloc and the QBFT timing, and drops GoQuorum-only keys.",
      ...(consensus === "istanbul" ? ["Besu must also validate the Istanbul BFT blocks before the transition (Quorum IBFT 1.0 import, Besu 25.3.0 and later): rehearse syncing a Besu node from block 0 before going further."] : []),
      `Start one Besu ${BRIDGE_RELEASE.tag} node with it on a spare machine, with an empty data directory and no peers.`,
    ],
    commands: [`${RPC} --data '{"jsonrpc":"2.0","id":1,"method":"eth_getBlockByNumber","params":["0x0",false]}'`],
    check: "Block 0's hash on the Besu node equals block 0's hash on a GoQuorum node. If it differs, the genesis is wrong: stop here.",
  });
  steps.push(...othersFirst(others, schedule.during.validators));
  if (schedule.temporary > 0) {
    steps.push({
      title: `Vote in ${schedule.temporary} temporary validator${schedule.temporary === 1 ? "" : "s"}`,
      actions: [
        `${validators.length} validators cannot lose one: with the temporary ${schedule.temporary === 1 ? "one" : "ones"}, ${schedule.during.online} of ${schedule.during.validators} stay online while one is replaced, and QBFT needs ${schedule.during.quorum}. Start ${schedule.temporary} Besu ${BRIDGE_RELEASE.tag} node${schedule.temporary === 1 ? "" : "s"} with new keys, let ${schedule.temporary === 1 ? "it" : "them"} sync, then have a majority of validators propose ${schedule.temporary === 1 ? "its address" : "their addresses"} (GoQuorum: istanbul_propose(address, true)).`,
      ],
      check: `istanbul_getValidators lists ${validators.length + schedule.temporary} validators and blocks keep coming.`,
    });
  }
  validators.forEach((v, i) => steps.push(replaceValidator(v, i, validators.length, schedule.during)));
  if (schedule.temporary > 0) {
    steps.push({
      title: "Vote the temporary validators out",
      actions: ["From the Besu validators, propose removing each temporary validator (qbft_proposeValidatorVote(address, false)), then stop those nodes."],
      check: `qbft_getValidatorsByBlockNumber("latest") lists exactly the ${validators.length} original validator addresses.`,
    });
  }
  steps.push({
    title: `Upgrade every node to Besu ${RELEASES.besu.tag}`,
    actions: [
      `Besu ${BRIDGE_RELEASE.tag} bridges the two clients; it is not maintained. Upgrade node by node to ${imageRef(RELEASES.besu)}, validators one at a time, each started with --Xbft-legacy-protocol-encoding=true while any node still runs 25.x.`,
      "Once every node runs the new release, restart them one at a time without --Xbft-legacy-protocol-encoding.",
      "Untick 'Describes a network that already runs' only if you want Meridian to treat it as a new design; re-export the design to get the bundle for the current release.",
    ],
    check: "Every node reports the new version (web3_clientVersion), blocks keep coming, and verify-bundle passes on the re-exported bundle.",
    quorum: schedule.during,
  });

  return {
    kind: "goquorum-to-besu",
    title: `GoQuorum ${CONSENSUS_LABELS[consensus]} to Besu QBFT, node by node`,
    summary: `The chain carries on: ${nodes.length} GoQuorum node${nodes.length === 1 ? "" : "s"} are replaced one at a time by Besu nodes with the same node keys, ${others.length > 0 ? "non-validators first, then " : ""}the ${validators.length} validators, never leaving fewer than ${schedule.during.quorum} of ${schedule.during.validators} validators online. Besu ${BRIDGE_RELEASE.tag} is used while both clients run side by side, then every node moves to Besu ${RELEASES.besu.tag}.`,
    continuity: "same-chain",
    target,
    steps,
    caveats: [
      "No maintained, official guide covers GoQuorum to Besu. Besu's maintainers have said GoQuorum and Besu interoperate on QBFT; recent Besu releases dropped older devp2p versions and changed the BFT wire format, which is why the plan bridges with Besu 25.5.0. Rehearse on a copy of the network.",
      ...(consensus === "istanbul" ? ["Importing Istanbul BFT (IBFT 1.0) blocks into Besu has no user documentation (Besu #8262)."] : []),
    ],
    sources: [
      { title: "besu #5984: GoQuorum and Besu interoperate on QBFT", url: "https://github.com/besu-eth/besu/issues/5984" },
      { title: "besu #8262: Quorum IBFT 1.0 to Besu migration", url: "https://github.com/besu-eth/besu/pull/8262" },
      { title: "besu #10499: rolling upgrade from 25.x (--Xbft-legacy-protocol-encoding)", url: "https://github.com/besu-eth/besu/pull/10499" },
      { title: "Consensys/quorum #1763: GoQuorum archived", url: "https://github.com/Consensys/quorum/pull/1763" },
    ],
  };
}

/** RPC, member, archive nodes and bootnodes go first, one region at a time: they carry no quorum. */
function othersFirst(others: readonly NodeInstance[], setSize: number): MigrationStep[] {
  const byRegion = new Map<string, NodeInstance[]>();
  for (const n of others) byRegion.set(n.region.id, [...(byRegion.get(n.region.id) ?? []), n]);
  return [...byRegion].map(([region, nodes]) => ({
    title: `Replace the ${nodes.length} non-validator node${nodes.length === 1 ? "" : "s"} in ${region}`,
    actions: [
      `One at a time: ${nodes.map((n) => n.name).join(", ")}.`,
      `For each: stop GoQuorum, start Besu ${BRIDGE_RELEASE.tag} with the same node key (--node-private-key-file), the converted genesis, the same static nodes and --sync-mode=FULL on an empty data directory, and wait until it is in sync before the next.`,
    ],
    commands: [`${RPC} --data '{"jsonrpc":"2.0","id":1,"method":"eth_syncing","params":[]}'`],
    check: `eth_syncing is false and eth_blockNumber matches the validators'; net_peerCount is what it was. ${setSize} validators keep producing blocks throughout.`,
  }));
}

function replaceValidator(v: NodeInstance, i: number, total: number, during: MigrationStep["quorum"]): MigrationStep {
  return {
    title: `Replace validator ${i + 1} of ${total}: ${v.name}`,
    actions: [
      `Stop GoQuorum on ${v.name}; start Besu ${BRIDGE_RELEASE.tag} with its node key, the converted genesis and the same static nodes, on an empty data directory.`,
      "Wait until it is in sync and signing blocks again before touching the next validator.",
    ],
    commands: [`${RPC} --data '{"jsonrpc":"2.0","id":1,"method":"qbft_getSignerMetrics","params":[]}'`],
    check: `eth_syncing is false on ${v.name}, and qbft_getSignerMetrics shows its address proposing blocks again.`,
    ...(during ? { quorum: during } : {}),
  };
}

/** Raft and Clique on GoQuorum: Besu runs neither, so the move is to a new QBFT network. */
function goQuorumToNewNetwork(doc: TopologyDocument): MigrationPlan {
  const from = CONSENSUS_LABELS[doc.network.consensus];
  const { target, steps } = newNetworkSteps(doc, { client: "besu", consensus: "qbft" }, `GoQuorum ${from}`);
  return {
    kind: "goquorum-to-besu",
    title: `GoQuorum ${from} to a new Besu QBFT network`,
    summary: `Besu runs no ${from}, so the chain cannot carry on: a new Besu QBFT network starts from a genesis that carries the accounts over, contracts are redeployed or carried in the genesis, and clients cut over at a planned block. The GoQuorum network stays read-only on ${RELEASES.goquorum.tag} until it is retired.`,
    continuity: "new-network",
    target,
    steps,
    caveats: [
      `QBFT needs at least ${minimumValidators("qbft")} validators to tolerate one faulty one; the target design has ${validatorCount(target)}.`,
      "History stays on the old chain: transaction hashes and block numbers start again on the new one.",
    ],
    sources: [{ title: "Consensys/quorum #1763: GoQuorum archived", url: "https://github.com/Consensys/quorum/pull/1763" }],
  };
}

// Moving to a new network: for choices with no in-place path (Raft, Clique). A new genesis under a new chain id,
// accounts carried over in it, contracts redeployed or carried, clients cut over at a planned block, and the old
// network kept read-only on its last release until it is retired.

import { minimumValidators } from "../consensus";
import type { Client, Consensus, TopologyDocument } from "../schema";
import type { MigrationStep } from "./types";

export function validatorCount(doc: TopologyDocument): number {
  return doc.nodeGroups.filter((g) => g.role === "validator").reduce((s, g) => s + g.count, 0);
}

/**
 * The new network's design: the same regions and groups on the new stack, a new chain id (so a transaction signed
 * for one chain is not valid on the other while both run), and enough validators for the new consensus.
 */
export function newNetworkDesign(doc: TopologyDocument, stack: { client: Client; consensus: Consensus }): TopologyDocument {
  const missing = minimumValidators(stack.consensus) - validatorCount(doc);
  let raised = false;
  const nodeGroups = doc.nodeGroups.map((g) => {
    if (missing <= 0 || raised || g.role !== "validator") return g;
    raised = true;
    return { ...g, count: g.count + missing };
  });
  const chainId = doc.network.chainId < 4_294_967_295 ? doc.network.chainId + 1 : doc.network.chainId - 1;
  const { existing: _, ...network } = doc.network;
  return { ...doc, name: `${doc.name} (${stack.consensus.toUpperCase()})`.slice(0, 120), network: { ...network, ...stack, chainId }, nodeGroups };
}

export function newNetworkSteps(doc: TopologyDocument, stack: { client: Client; consensus: Consensus }, from: string): { target: TopologyDocument; steps: MigrationStep[] } {
  const target = newNetworkDesign(doc, stack);
  const steps: MigrationStep[] = [
    {
      title: "Build the new network from the target design",
      actions: [
        `The target design runs ${stack.consensus.toUpperCase()} on chain id ${target.network.chainId} (the old chain keeps ${doc.network.chainId}) with ${validatorCount(target)} validators.`,
        "Export it, apply the Terraform, and run `meridian verify-bundle` on the bundle before starting any node.",
      ],
      check: "verify-bundle passes, and the new validators produce blocks on an empty chain.",
    },
    {
      title: `Freeze the ${from} network at a planned block`,
      actions: [
        "Announce a cut-over block N. At N, stop every writer (applications, bridges, oracles); keep the RPC nodes answering reads.",
        "Record block N's hash and state root: the new genesis is built from the state at N.",
      ],
      check: "No transaction lands after N (eth_getBlockByNumber shows empty blocks).",
    },
    {
      title: "Carry the state into the new genesis",
      actions: [
        "Dump the accounts at block N (geth dump on GoQuorum; debug_accountRange and debug_storageRangeAt on Besu) and write them into the genesis alloc: balance, nonce, code and storage.",
        "Balances alone can be entered in the design's pre-funded accounts (genesis.alloc); contracts with large state are usually redeployed and re-initialised from application data instead.",
      ],
      check: "For a sample of accounts, eth_getBalance and eth_getCode at block N on the old chain equal those at block 0 on the new one.",
    },
    {
      title: "Start the new network and cut clients over",
      actions: [
        "Start the validators, then bootnodes, RPC and member nodes, from the genesis with the carried state.",
        `Point applications, wallets and indexers at the new RPC endpoints and chain id ${target.network.chainId}.`,
      ],
      check: "Applications read the carried state and their first transactions are mined on the new chain.",
    },
    {
      title: `Retire the ${from} network`,
      actions: ["Keep it read-only on its last release for as long as its history must be queried, archive the data directories, then shut it down."],
      check: "Nothing still sends requests to the old endpoints (RPC access logs).",
    },
  ];
  return { target, steps };
}

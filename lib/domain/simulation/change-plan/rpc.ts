// JSON-RPC calls written as curl commands against a placeholder endpoint, and the placeholders a plan uses for
// what the design does not store (node addresses, enode URLs, Raft ids, RPC endpoints).

import { PORTS } from "../../export/images";
import type { ValidatorSlot } from "./types";

/** The endpoint every command posts to; the runbook says which node's endpoint it must be. */
export const RPC_URL = "$RPC_URL";

export function curlCall(method: string, params: readonly unknown[]): string {
  const body = JSON.stringify({ jsonrpc: "2.0", id: 1, method, params });
  return `curl -s -X POST -H 'Content-Type: application/json' --data '${body}' "${RPC_URL}"`;
}

/** Where a validator's address comes from: the key export of the bundle its node was deployed from. */
export const addressOf = (slot: ValidatorSlot) => `<address of ${slot.nodeName}: keys/${slot.nodeName}/address>`;
export const enodeOf = (slot: ValidatorSlot) => `<enode URL of ${slot.nodeName}: keys/${slot.nodeName}/nodekey.pub at its p2p host, with ?raftport=${PORTS.raft}>`;
export const raftIdOf = (slot: ValidatorSlot) => `<raft id of ${slot.nodeName}: from raft_cluster>`;

const PLACEHOLDERS: readonly { token: string; text: string }[] = [
  {
    token: RPC_URL,
    text: `${RPC_URL}: the JSON-RPC endpoint of the node a command names. Validators answer their consensus API only locally: run the call on the node itself or through a tunnel to it.`,
  },
  {
    token: "<address of ",
    text: "<address of NODE>: the validator's account address, derived from its node key. Exported bundles hold it in keys/NODE/address; `besu --node-private-key-file=<nodekey> public-key export-address` prints it for a key kept elsewhere. The design stores no addresses.",
  },
  { token: "<enode URL of ", text: "<enode URL of NODE>: enode://<keys/NODE/nodekey.pub>@<its p2p host>:30303 with the Raft port as a query parameter." },
  { token: "<raft id of ", text: "<raft id of NODE>: the id raft_addLearner answered for it, also listed by raft_cluster." },
  { token: "<TRANSITION_BLOCK>", text: "<TRANSITION_BLOCK>: a block number far enough ahead that every restart in the plan finishes before it." },
];

/** The placeholders that occur in `text`, explained. */
export function placeholdersIn(text: string): string[] {
  return PLACEHOLDERS.filter((p) => text.includes(p.token)).map((p) => p.text);
}

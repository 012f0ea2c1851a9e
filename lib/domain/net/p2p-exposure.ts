// Which nodes other regions dial, and so need a fixed p2p address (a machine's own, or a load balancer in
// front of a pod): validators and bootnodes, and every node on Raft, whose members all talk to each other.
// RPC, member and archive nodes dial out to them.

import type { Consensus, NodeRole } from "../schema";

export function dialledFromElsewhere(role: NodeRole, consensus: Consensus): boolean {
  return consensus === "raft" || role === "validator" || role === "bootnode";
}

// How much each node sends to its peers per month: the cost model's one invented number, so it is a parameter.
// A QBFT validator with 5 s blocks handles ~518,000 blocks a month; each round it gossips the proposal (block)
// and prepare/commit messages to every validator and propagates blocks over devp2p to up to 25 peers.
// With light transaction load that is on the order of 100 GB/month sent per validator; RPC, archive and member
// nodes mostly receive blocks and send less; bootnodes only answer discovery. Scale with your own load.
// The share of that traffic that crosses a region boundary is the share of peers in other regions.

import type { NodeRole } from "../../schema/enums";

export type TrafficGbPerNodeMonth = Readonly<Record<NodeRole, number>>;

export const DEFAULT_TRAFFIC_GB_PER_NODE_MONTH: TrafficGbPerNodeMonth = {
  validator: 100,
  bootnode: 5,
  rpc: 50,
  archive: 50,
  member: 50,
};

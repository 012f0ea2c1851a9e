// The plain sentences every drill result carries.

import type { Consensus } from "../../schema";

export function drillAssumptions(consensus: Consensus, seed: number, raftBlockTimeMs: number): string[] {
  const common = [
    "Message delays are drawn as in the timing simulation (the latency model's P95 round trips, a shifted log-normal above the fibre minimum, one draw per pair of regions and message wave).",
    "Validators lost with a region or cloud, or picked by count, stop at the failure; at the recovery they restart at once, already caught up with the chain (process start, peer reconnection and block sync take no time here).",
    "Validators cut off by a lost link keep running (their round timers too) and hold the chain's latest block; messages reach only the validators the connectivity model still joins to them, directly or through validators in a third region.",
    "A round or block in flight when a failure or recovery happens is played as if the change applied from its start.",
    "Proposers follow the same seeded order as the timing simulation.",
    `Seed ${seed}: the same seed, design and drill give the same timeline.`,
  ];
  switch (consensus) {
    case "qbft":
    case "ibft2":
    case "istanbul":
      return [
        ...common,
        "Each height's round 0 starts a block period after its parent's proposal (or when the next proposer has the parent, if later); the proposer due proposes then.",
        "A round that does not commit before its timeout ends on each validator's own timer (timeouts grow with the round), which then multicasts ROUND-CHANGE; the next round's proposer proposes on a quorum of them, and a validator behind jumps to a round once it holds a quorum of ROUND-CHANGEs for it (no early round change on f + 1 messages).",
        "The proposer order keeps down validators: each time one is due, its round times out and the next proposer takes over.",
        "A restarted validator starts its round timer at round 0, so after a long stall the chain resumes only when enough validators reach a common round.",
      ];
    case "clique":
      return [
        ...common,
        "Each block is due a block period after its parent. The in-turn signer seals at once when it is up; otherwise the signers allowed to sign (not among the last floor(n/2) blocks' signers) draw a wait of 1 to (n/2 + 1) * 500 ms and the earliest seals.",
        "Signers cut off from the largest group of signers that can exchange messages do not seal (their forks are not followed).",
        "Clique stalls when every signer left has signed one of the last floor(n/2) blocks, and resumes once a signer comes back.",
      ];
    case "raft":
      return [
        ...common,
        `The leader mints every ${raftBlockTimeMs} ms (a steady transaction load) while a majority it reaches directly is up; each block commits on the majority's acknowledgement.`,
        "The first leader is the first validator in the seeded order.",
        "When the leader is lost, followers time out after 1 to 2 s from the loss (GoQuorum: 10 ticks of 100 ms, randomised up to twice that by etcd raft); the first follower that reaches a majority directly wins one vote round trip later. A leader that only lost its majority keeps leading when the majority returns.",
        "Disruption by followers rejoining with a higher term (GoQuorum runs without PreVote) is not modelled.",
      ];
  }
}

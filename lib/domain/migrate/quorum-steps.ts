// Replacing validators one at a time on a running BFT chain: each step takes one validator down while its
// replacement syncs. With fewer than four validators that would stop the chain, so the plan first votes in a
// temporary validator (and votes it out at the end).

import { quorumSize } from "../consensus";
import type { Consensus } from "../schema";
import type { QuorumDuringStep } from "./types";

export interface ReplacementSchedule {
  /** Validators to add (and later remove) so that one can be down without halting the chain. */
  readonly temporary: number;
  /** Validators online while one is being replaced. */
  readonly during: QuorumDuringStep;
}

/** How to replace the validators of a set of n one at a time and never drop below quorum. */
export function replacementSchedule(consensus: Consensus, validators: number): ReplacementSchedule {
  let temporary = 0;
  while (validators + temporary - 1 < quorumSize(consensus, validators + temporary)) temporary += 1;
  const n = validators + temporary;
  return { temporary, during: { online: n - 1, validators: n, quorum: quorumSize(consensus, n) } };
}

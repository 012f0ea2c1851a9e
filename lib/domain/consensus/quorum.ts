// Quorum arithmetic per consensus algorithm. These numbers decide every failure-domain verdict, so they
// live in one place and are tested against values worked out by hand.

import type { Consensus } from "../schema";

/** QBFT, IBFT 2.0 and GoQuorum's Istanbul are Byzantine fault tolerant; clique and raft are majority-based. */
export const BFT_ALGORITHMS: readonly Consensus[] = ["qbft", "ibft2", "istanbul"];

export function isBft(algorithm: Consensus): boolean {
  return BFT_ALGORITHMS.includes(algorithm);
}

export const CONSENSUS_LABELS: Record<Consensus, string> = {
  qbft: "QBFT",
  ibft2: "IBFT 2.0",
  istanbul: "Istanbul BFT",
  clique: "Clique",
  raft: "Raft",
};

/**
 * Validators (signers, raft peers) that must be online and connected for blocks to be produced.
 * BFT: ceil(2n/3). Clique: floor(n/2)+1 (a signer may sign one block in every floor(n/2)+1). Raft: majority.
 * Zero validators need a quorum of zero but produce nothing; callers treat n = 0 separately.
 */
export function quorumSize(algorithm: Consensus, validators: number): number {
  const n = Math.max(0, Math.floor(validators));
  if (n === 0) return 0;
  return isBft(algorithm) ? Math.ceil((2 * n) / 3) : Math.floor(n / 2) + 1;
}

/** How many validators may be offline (crashed, cut off) while the rest still reach quorum. */
export function crashTolerance(algorithm: Consensus, validators: number): number {
  const n = Math.max(0, Math.floor(validators));
  return n === 0 ? 0 : n - quorumSize(algorithm, n);
}

/**
 * Faults the algorithm is designed to tolerate: Byzantine for BFT, f = floor((n-1)/3); crash for clique and
 * raft, n - majority. This is the number a designer quotes ("tolerates one faulty validator").
 */
export function faultTolerance(algorithm: Consensus, validators: number): number {
  const n = Math.max(0, Math.floor(validators));
  if (n === 0) return 0;
  return isBft(algorithm) ? Math.floor((n - 1) / 3) : crashTolerance(algorithm, n);
}

/** The fewest validators that tolerate one fault: 4 for BFT (3f+1), 3 for clique and raft (2f+1). */
export function minimumValidators(algorithm: Consensus): number {
  return isBft(algorithm) ? 4 : 3;
}

/** The smallest count above `validators` that tolerates one more fault (BFT 3f+1, majority 2f+1). */
export function nextUsefulValidatorCount(algorithm: Consensus, validators: number): number {
  const f = faultTolerance(algorithm, validators) + 1;
  return isBft(algorithm) ? 3 * f + 1 : 2 * f + 1;
}

/** True when n validators tolerate no more faults than n - 1 would: the extra validator buys nothing. */
export function addsNoTolerance(algorithm: Consensus, validators: number): boolean {
  const n = Math.floor(validators);
  if (n < 2) return false;
  return faultTolerance(algorithm, n) === faultTolerance(algorithm, n - 1);
}

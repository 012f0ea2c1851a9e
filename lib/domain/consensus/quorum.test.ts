import { describe, expect, it } from "vitest";
import type { Consensus } from "../schema";
import { addsNoTolerance, crashTolerance, faultTolerance, minimumValidators, nextUsefulValidatorCount, quorumSize } from "./quorum";

// Worked out by hand. BFT: q = ceil(2n/3), f = floor((n-1)/3), crash tolerance n - q.
// Clique and raft: q = floor(n/2) + 1, tolerance n - q.
const BFT_TABLE = [
  { n: 3, q: 2, f: 0, crash: 1 },
  { n: 4, q: 3, f: 1, crash: 1 },
  { n: 5, q: 4, f: 1, crash: 1 },
  { n: 6, q: 4, f: 1, crash: 2 },
  { n: 7, q: 5, f: 2, crash: 2 },
];
const MAJORITY_TABLE = [
  { n: 3, q: 2, f: 1, crash: 1 },
  { n: 4, q: 3, f: 1, crash: 1 },
  { n: 5, q: 3, f: 2, crash: 2 },
  { n: 6, q: 4, f: 2, crash: 2 },
  { n: 7, q: 4, f: 3, crash: 3 },
];

const CASES: { algorithm: Consensus; table: typeof BFT_TABLE }[] = [
  { algorithm: "qbft", table: BFT_TABLE },
  { algorithm: "ibft2", table: BFT_TABLE },
  { algorithm: "istanbul", table: BFT_TABLE },
  { algorithm: "clique", table: MAJORITY_TABLE },
  { algorithm: "raft", table: MAJORITY_TABLE },
];

describe("quorum arithmetic", () => {
  for (const { algorithm, table } of CASES) {
    for (const { n, q, f, crash } of table) {
      it(`${algorithm} with ${n} validators: quorum ${q}, tolerates ${f} fault(s), ${crash} offline`, () => {
        expect(quorumSize(algorithm, n)).toBe(q);
        expect(faultTolerance(algorithm, n)).toBe(f);
        expect(crashTolerance(algorithm, n)).toBe(crash);
      });
    }
  }

  it("needs 4 BFT validators or 3 clique/raft validators to tolerate one fault", () => {
    expect(minimumValidators("qbft")).toBe(4);
    expect(minimumValidators("ibft2")).toBe(4);
    expect(minimumValidators("istanbul")).toBe(4);
    expect(minimumValidators("clique")).toBe(3);
    expect(minimumValidators("raft")).toBe(3);
  });

  it("treats zero validators as zero quorum and zero tolerance", () => {
    expect(quorumSize("qbft", 0)).toBe(0);
    expect(crashTolerance("raft", 0)).toBe(0);
  });

  it("knows which counts add no fault tolerance", () => {
    // BFT: 4 and 7 are 3f+1; 5 and 6 tolerate one fault like 4.
    expect([4, 5, 6, 7].map((n) => addsNoTolerance("qbft", n))).toEqual([false, true, true, false]);
    // Majority: even counts tolerate what the odd count below does.
    expect([3, 4, 5, 6].map((n) => addsNoTolerance("raft", n))).toEqual([false, true, false, true]);
    expect(nextUsefulValidatorCount("qbft", 5)).toBe(7);
    expect(nextUsefulValidatorCount("clique", 4)).toBe(5);
  });
});

import { describe, expect, it } from "vitest";
import { CONSENSUS_ALGORITHMS, type Provider } from "../schema";
import { evenSplit, minimumDomains, splitByProvider, spreadValidators } from "./spread-validators";

const azure = (n: number): Provider[] => Array.from({ length: n }, () => "azure");

describe("validator spread", () => {
  it("needs three failure domains for every algorithm", () => {
    for (const c of CONSENSUS_ALGORITHMS) expect(minimumDomains(c)).toBe(3);
  });

  it("splits evenly, larger parts first, and by provider before region", () => {
    expect(evenSplit(7, 3)).toEqual([3, 2, 2]);
    expect(splitByProvider(6, ["azure", "azure", "aws", "gcp"])).toEqual([1, 1, 2, 2]);
  });

  it("finds the smallest spread that survives any region", () => {
    expect(spreadValidators("qbft", azure(3), "region")).toMatchObject({ counts: [2, 2, 2], quorum: 4, met: true });
    expect(spreadValidators("qbft", azure(4), "region")).toMatchObject({ counts: [1, 1, 1, 1], quorum: 3, met: true });
    expect(spreadValidators("raft", azure(3), "region")).toMatchObject({ counts: [1, 1, 1], quorum: 2, met: true });
    expect(spreadValidators("clique", azure(4), "region")).toMatchObject({ counts: [1, 1, 1, 1], quorum: 3, met: true });
  });

  it("keeps every cloud under the limit for a provider tolerance", () => {
    const s = spreadValidators("qbft", ["azure", "azure", "aws", "gcp"], "provider");
    expect(s).toMatchObject({ counts: [1, 1, 2, 2], met: true });
  });

  it("falls back to the closest spread when the regions can't meet it", () => {
    expect(spreadValidators("qbft", azure(2), "region")).toMatchObject({ counts: [2, 2], met: false });
    expect(spreadValidators("raft", azure(1), "region")).toMatchObject({ counts: [3], met: false });
    // Two clouds can't survive a cloud, but the spread still survives any one region.
    expect(spreadValidators("qbft", ["azure", "azure", "aws", "aws"], "provider")).toMatchObject({ counts: [1, 1, 1, 1], met: false });
  });

  it("puts a validator in every chosen region even without a tolerance", () => {
    expect(spreadValidators("qbft", azure(5), "none").counts).toEqual([1, 1, 1, 1, 1]);
    expect(spreadValidators("qbft", azure(1), "none").counts).toEqual([4]);
  });
});

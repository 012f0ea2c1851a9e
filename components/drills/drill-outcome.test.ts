import { describe, expect, it } from "vitest";
import type { SavedDrillSummary } from "@/lib/domain/api";
import { drillOutcomeSentence } from "./drill-outcome";

const base: SavedDrillSummary = {
  consensus: "qbft", validators: 4, quorum: 3, failure: { label: "azure:eastus", validatorsDown: 4, regionIds: ["eastus"] },
  stalled: false, roundChangesBeforeRecovery: 0, maxGapMs: 15_000, blocksProduced: 22, summary: "…",
};

describe("a saved drill's outcome sentence", () => {
  it("says blocks continue, with the round changes it took and the longest gap", () => {
    expect(drillOutcomeSentence(base, 120_000)).toBe("Keeps producing blocks; longest gap 15 s.");
    expect(drillOutcomeSentence({ ...base, roundChangesBeforeRecovery: 1 }, 120_000)).toBe("Keeps producing blocks after 1 round change; longest gap 15 s.");
  });

  it("says when the chain stalled and when, if ever, blocks resumed", () => {
    const stalled = { ...base, stalled: true, stallStartMs: 60_000, maxGapMs: 244_000 };
    expect(drillOutcomeSentence({ ...stalled, resumedAtMs: 304_000, roundChangesBeforeRecovery: 5 }, 400_000))
      .toBe("Stalls at 1 min, resumes at 5 min 4 s after 5 round changes; longest gap 4 min 4 s.");
    expect(drillOutcomeSentence(stalled, 300_000)).toBe("Stalls at 1 min and does not resume within 5 min.");
  });
});

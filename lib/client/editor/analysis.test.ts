import { produce } from "immer";
import { describe, expect, it } from "vitest";
import { generateTopology } from "@/bench/generate-topology";
import { validate } from "@/lib/domain/rules";
import { analyze, createAnalyzer } from "./analysis";

describe("createAnalyzer", () => {
  it("gives each version of an edited document the analysis a fresh one would", () => {
    const policy = { requiredTolerance: "region" as const };
    const analyzer = createAnalyzer(policy);
    let doc = generateTopology(300);
    for (let i = 0; i < 6; i++) {
      const live = analyzer.analyze(doc);
      const fresh = analyze(doc, policy);
      expect(live.validation).toEqual(validate(doc, { policy }));
      expect(live.validation).toEqual(fresh.validation);
      expect(live.monthlyUsd).toBe(fresh.monthlyUsd);
      expect(live.rttBetween("r0", "r1")).toEqual(fresh.rttBetween("r0", "r1"));
      doc = produce(doc, (d) => {
        const g = d.nodeGroups[i * 37]!;
        if (i % 2) g.count += 1;
        else g.regionId = d.regions[(i + 5) % d.regions.length]!.id;
      });
    }
  });

  it("keeps the validation, cost and round trips when only the layout changes", () => {
    const analyzer = createAnalyzer();
    const doc = generateTopology(100);
    const before = analyzer.analyze(doc);
    const after = analyzer.analyze(produce(doc, (d) => void (d.layout.positions.r0 = { x: 40, y: 80 })));
    expect(after.validation).toBe(before.validation);
    expect(after.monthlyUsd).toBe(before.monthlyUsd);
    expect(after.rttBetween).toBe(before.rttBetween);
  });
});

import { describe, expect, it } from "vitest";
import { starterDocument } from "../starter";
import { getTemplate, TEMPLATES } from ".";
import { survivableOf, templateFacts } from "./facts";

describe("template facts", () => {
  it("agree with what every curated template promises", () => {
    for (const t of TEMPLATES) {
      const facts = templateFacts(t.document);
      expect(facts.providers, t.slug).toEqual(t.providers);
      expect(facts.consensus, t.slug).toBe(t.consensus);
      expect(facts.monthlyCostUsd, t.slug).toBeGreaterThan(0);
      // A template may promise less than it survives, never more.
      const order = ["none", "region", "provider"];
      expect(order.indexOf(facts.survives), t.slug).toBeGreaterThanOrEqual(order.indexOf(t.survives));
    }
  });

  it("calls a single-region network survivable of nothing", () => {
    expect(survivableOf(starterDocument("one region"))).toBe("none");
    expect(templateFacts(starterDocument("one region"))).toMatchObject({ providers: ["azure"], validators: 4, survives: "none" });
  });

  it("finds a multi-cloud template that survives any cloud", () => {
    const global = getTemplate("global-multicloud-5-region");
    expect(global).toBeDefined();
    expect(survivableOf(global!.document)).toBe("provider");
  });
});

import { describe, expect, it } from "vitest";
import { starterDocument } from "../starter";
import { applyFix } from "./apply-fix";
import { enabledPacks, RULES, validate } from "./engine";
import { ALL_PACKS, healthyDocument, healthyUsDocument, variant } from "./testing/helpers";

const PUBLIC_CODES = [
  "consensus.validators.below-minimum", "consensus.region-outage.halts", "consensus.provider-outage.halts",
  "region.unknown", "network.cidr.overlap", "network.hub-spoke.hub-missing", "network.sovereign-boundary",
  "compliance.gdpr.residency", "compliance.hipaa.region", "bootnodes.single-region", "latency.consensus-round",
];

describe("rule engine", () => {
  it("has every public code, each once, with a description", () => {
    const codes = RULES.map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining(PUBLIC_CODES));
    expect(new Set(codes).size).toBe(codes.length);
    for (const rule of RULES) {
      expect(rule.code).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      expect(rule.description.length).toBeGreaterThan(10);
    }
  });

  it("finds nothing wrong with a well-spread design, in every pack (HIPAA for the US one, GDPR for the EU one)", () => {
    const policy = { allowedProviders: ["azure" as const], requiredTolerance: "region" as const, approvalsRequired: 1 };
    const eu = validate(healthyDocument(), { packs: ["gdpr", "soc2"], policy });
    const us = validate(healthyUsDocument(), { packs: ["hipaa", "soc2"], policy });
    for (const result of [eu, us]) {
      expect(result.findings).toEqual([]);
      expect(result.valid).toBe(true);
      expect(result.summary).toMatchObject({ errors: 0, warnings: 0, infos: 0 });
      expect(result.summary.failureDomains).toMatch(/^Survives losing any one region/);
    }
    expect(validate(healthyDocument(), ALL_PACKS).findings.map((f) => f.code)).toEqual(Array(4).fill("compliance.hipaa.region"));
  });

  it("runs the always-on packs, the document's compliance packs, and policy only when given", () => {
    const doc = variant(healthyDocument(), (d) => void (d.compliance.packs = ["hipaa"]));
    expect(enabledPacks(doc)).toEqual(["core", "support", "consensus", "network", "latency", "cost", "hipaa"]);
    expect(enabledPacks(doc, { packs: ["gdpr"], policy: {} })).toEqual(["core", "support", "consensus", "network", "latency", "cost", "gdpr", "hipaa", "policy"]);
  });

  it("is valid only without errors, and lists errors first", () => {
    const result = validate(starterDocument("s"), { packs: ["soc2"] });
    expect(result.valid).toBe(false);
    const ranks = result.findings.map((f) => ({ error: 0, warning: 1, info: 2 })[f.severity]);
    expect(ranks).toEqual([...ranks].sort());
    expect(result.summary.errors).toBe(result.findings.filter((f) => f.severity === "error").length);
  });

  it("reports a failing rule as a finding instead of throwing", () => {
    const result = validate(healthyDocument(), {
      services: { priceTopology: () => { throw new Error("boom"); } },
    });
    expect(result.findings).toEqual([]); // no budget set: the cost model is never asked
    const withBudget = variant(healthyDocument(), (d) => void (d.budgetMonthlyUsd = 10));
    const failed = validate(withBudget, { services: { priceTopology: () => { throw new Error("boom"); } } }).findings;
    expect(failed).toEqual([expect.objectContaining({ code: "engine.rule-failed", message: "Rule cost.budget.exceeded failed: boom" })]);
  });

  it("applies fixes as immer patches without touching the input", () => {
    const doc = healthyDocument();
    const fixed = applyFix(doc, { label: "x", patches: [{ op: "replace", path: ["nodeGroups", 3, "count"], value: 4 }] });
    expect(fixed.nodeGroups[3]!.count).toBe(4);
    expect(doc.nodeGroups[3]!.count).toBe(1);
  });
});

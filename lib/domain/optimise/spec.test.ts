import { describe, expect, it } from "vitest";
import { candidateRegions, unknownRegionKeys } from "./candidates";
import { objectiveWeights, OptimiseSpecSchema, optimiseSpecJsonSchema, validatorCounts } from "./spec";

const base = { client: "besu", consensus: "qbft", validators: 4 } as const;

describe("optimise spec", () => {
  it("fills defaults and reads counts and weights", () => {
    const spec = OptimiseSpecSchema.parse({ ...base, validators: { min: 4, max: 7 }, objective: "latency" });
    expect(spec.tolerate).toEqual({ regions: 1, provider: false });
    expect(validatorCounts(spec)).toEqual([4, 5, 6, 7]);
    expect(objectiveWeights(spec)).toEqual({ cost: 0, latency: 1, carbon: 0 });
  });

  it("refuses bad input with the field named", () => {
    const bad = (input: unknown) => OptimiseSpecSchema.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(bad({ ...base, consensus: "raft" })).toEqual(["consensus: besu doesn't run raft; it supports qbft, ibft2, clique"]);
    expect(bad({ ...base, validators: { min: 7, max: 4 } })).toEqual(["validators.min: min must not exceed max"]);
    expect(bad({ ...base, providers: ["aws"], tolerate: { provider: true } })).toEqual([
      "tolerate.provider: surviving the loss of a cloud needs at least two providers",
    ]);
    expect(bad({ ...base, regions: ["mars:olympus"] })?.[0]).toMatch(/^regions.0: region keys look like/);
    expect(bad({ ...base, objective: { cost: 0 } })?.[0]).toMatch(/at least one positive weight/);
    expect(bad({ ...base, colour: "red" })?.[0]).toMatch(/colour/);
  });

  it("publishes a JSON Schema", () => {
    const schema = optimiseSpecJsonSchema() as { required: string[] };
    expect(schema.required).toEqual(["client", "consensus", "validators"]);
  });
});

describe("candidate regions", () => {
  it("keeps only GDPR-resident AWS regions, minus the excluded", () => {
    const spec = OptimiseSpecSchema.parse({ ...base, providers: ["aws"], packs: ["gdpr"], excludeRegions: ["aws:eu-west-1"] });
    const keys = candidateRegions(spec).map((c) => c.key);
    expect(keys).toContain("aws:eu-central-1");
    expect(keys).toContain("aws:eu-west-2"); // London: UK adequacy
    expect(keys).not.toContain("aws:eu-west-1");
    expect(keys).not.toContain("aws:us-east-1");
    expect(candidateRegions(spec).every((c) => c.info.eea || c.info.euAdequacy)).toBe(true);
  });

  it("keeps only HIPAA-eligible commercial regions by default, sovereign ones only when allowed", () => {
    const spec = OptimiseSpecSchema.parse({ ...base, packs: ["hipaa"] });
    const cands = candidateRegions(spec);
    expect(cands.length).toBeGreaterThan(5);
    expect(cands.every((c) => c.info.hipaaEligible && c.info.classification === "commercial")).toBe(true);
    const allowed = OptimiseSpecSchema.parse({ ...base, regions: ["azure:usgovvirginia", "aws:us-east-1"] });
    expect(candidateRegions(allowed).map((c) => c.key)).toEqual(["azure:usgovvirginia", "aws:us-east-1"]);
  });

  it("names allow-list entries the catalog lacks", () => {
    expect(unknownRegionKeys(OptimiseSpecSchema.parse({ ...base, regions: ["aws:us-east-1", "aws:xx-nowhere-9"] }))).toEqual(["aws:xx-nowhere-9"]);
  });
});

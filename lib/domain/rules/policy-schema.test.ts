import { describe, expect, it } from "vitest";
import { formatIssues } from "../schema";
import { OrgPolicySchema } from "./policy-schema";

const problems = (value: unknown) => {
  const result = OrgPolicySchema.safeParse(value);
  return result.success ? [] : formatIssues(result.error).map((i) => `${i.path}: ${i.message}`);
};

describe("OrgPolicySchema", () => {
  it("accepts a full policy, trimming region keys", () => {
    const policy = {
      allowedProviders: ["azure", "aws"], allowedRegions: [" azure:westeurope "], budgetMonthlyUsd: 5000,
      requiredTags: ["owner"], requiredTolerance: "region", approvalsRequired: 2,
    };
    expect(OrgPolicySchema.parse(policy)).toEqual({ ...policy, allowedRegions: ["azure:westeurope"] });
    expect(OrgPolicySchema.parse({})).toEqual({});
  });

  it("names every offending path with a clear message", () => {
    expect(problems({ allowedProviders: ["ibm"], approvalsRequired: 1.5, requiredTolerance: "zone", budgetMonthlyUsd: 0 })).toEqual([
      "allowedProviders[0]: unknown provider 'ibm' (expected azure, aws, gcp)",
      "budgetMonthlyUsd: must be a positive number of US dollars per month",
      "requiredTolerance: must be none, region or provider, got 'zone'",
      "approvalsRequired: must be a whole number from 0 to 10",
    ]);
    expect(problems({ approvalsRequired: 11 })).toEqual(["approvalsRequired: must be a whole number from 0 to 10"]);
    expect(problems({ requiredTags: "owner" })).toEqual(["requiredTags: must be a list of tag names"]);
    expect(problems({ allowedRegions: ["westeurope"] })[0]).toMatch(/^allowedRegions\[0\]: must be provider:region/);
    expect(problems({ approvals: 1 })[0]).toMatch(/^\(document\): unknown policy key 'approvals' \(expected allowedProviders, /);
    expect(problems(["aws"])).toEqual(["(document): a policy must be an object of settings"]);
  });
});

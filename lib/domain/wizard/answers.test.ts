import { describe, expect, it } from "vitest";
import { formatIssues } from "../schema";
import { WizardAnswersSchema, type WizardAnswersInput } from "./answers";

const valid: WizardAnswersInput = {
  name: "Trade network", client: "besu", consensus: "qbft", providers: ["azure"],
  regions: [{ provider: "azure", region: "westeurope" }], tolerance: "none",
};

function issues(change: Partial<WizardAnswersInput>) {
  const result = WizardAnswersSchema.safeParse({ ...valid, ...change });
  expect(result.success).toBe(false);
  return formatIssues(result.error!);
}

describe("wizard answers schema", () => {
  it("accepts a minimal answer set and fills defaults", () => {
    const a = WizardAnswersSchema.parse(valid);
    expect(a.packs).toEqual([]);
    expect(a.chainId).toBe(1337);
    expect(a.budgetMonthlyUsd).toBeUndefined();
  });

  it("refuses a consensus the client doesn't run", () => {
    expect(issues({ consensus: "raft" })).toContainEqual({ path: "consensus", message: "Besu doesn't run raft; it supports qbft, ibft2, clique" });
  });

  it("names unknown regions and suggests the closest", () => {
    expect(issues({ regions: [{ provider: "azure", region: "westeurop" }] })).toContainEqual({
      path: "regions[0].region", message: "'westeurop' is not an Azure region Meridian knows; did you mean 'westeurope'?",
    });
  });

  it("keeps providers and regions consistent", () => {
    const paths = issues({ providers: ["azure", "gcp"], regions: [{ provider: "azure", region: "westeurope" }, { provider: "aws", region: "eu-west-1" }] });
    expect(paths).toContainEqual({ path: "providers[1]", message: "choose at least one Google Cloud region, or drop Google Cloud" });
    expect(paths).toContainEqual({ path: "regions[1].provider", message: "AWS is not among the chosen providers" });
  });

  it("refuses a region chosen twice", () => {
    const twice = [{ provider: "azure", region: "westeurope" }, { provider: "azure", region: "westeurope" }] as const;
    expect(issues({ regions: [...twice] })).toContainEqual({ path: "regions[1]", message: "Azure westeurope is chosen twice" });
  });

  it("refuses mixing a sovereign cloud with commercial regions", () => {
    const found = issues({ regions: [{ provider: "azure", region: "eastus" }, { provider: "azure", region: "usgovvirginia" }] });
    expect(found).toContainEqual({
      path: "regions[1]",
      message: "Azure usgovvirginia is in the Azure gov cloud and can't connect to Azure eastus (commercial cloud); choose regions of one cloud",
    });
  });

  it("refuses unknown fields and empty choices", () => {
    const paths = issues({ regions: [], providers: [], ...({ colour: "red" } as object) }).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["regions", "providers", "(document)"]));
  });
});

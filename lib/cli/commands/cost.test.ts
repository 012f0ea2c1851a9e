import { afterAll, describe, expect, it } from "vitest";
import { Workspace } from "../testing/run-bin";
import { CLEAN_QDQ_YAML, starter } from "../testing/topologies";

describe.concurrent("meridian cost", () => {
  const ws = new Workspace();
  afterAll(() => ws.dispose());
  ws.write("starter.json", starter());
  ws.write("clean.yaml", CLEAN_QDQ_YAML);

  it("gives totals per provider, region and group that add up", async () => {
    const r = await ws.json(["cost", "starter.json", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(r.body.currency).toBe("USD");
    expect(Object.keys(r.body.byGroup)).toEqual(["validators", "bootnodes", "rpc", "members"]);
    expect(r.body.byGroup.validators).toMatchObject({ regionId: "eastus", provider: "azure", role: "validator", count: 4 });
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    expect(sum(r.body.byProvider)).toBeCloseTo(r.body.totalMonthlyUsd, 1);
    expect(sum(r.body.byRegion)).toBeCloseTo(r.body.totalMonthlyUsd, 1);
    expect(r.body.byProvider).toMatchObject({ aws: 0, gcp: 0 });
    expect(r.body.pricesAsOf).toMatch(/^\d{4}-\d{2}$/);
  });

  it("re-prices on another provider with --provider", async () => {
    const r = await ws.json(["cost", "clean.yaml", "--provider", "aws", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(r.body.provider).toBe("aws");
    expect(r.body.byProvider.azure).toBe(0);
    expect(r.body.byProvider.aws).toBeCloseTo(r.body.totalMonthlyUsd, 1);
    expect(r.body.mapping.regions.eastus).toMatchObject({ from: "azure:eastus" });
    expect(Object.values(r.body.byGroup).every((g) => (g as { provider: string }).provider === "aws")).toBe(true);
  });

  it("prints a readable table by default", async () => {
    const r = await ws.run(["cost", "starter.json"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Node groups \(per month\):/);
    expect(r.stdout).toMatch(/validators\s+azure:eastus\s+validator\s+4\s+aks\s+Standard_D4s_v5\s+\$[\d,]+\.\d\d/);
    expect(r.stdout).toMatch(/^Total: \$[\d,]+\.\d\d per month/m);
  });

  it("warns about a region missing from the region catalog instead of pricing it silently", async () => {
    const doc = starter() as { regions: { region: string }[] };
    ws.write("unpriced.json", { ...doc, regions: doc.regions.map((r, i) => (i === 0 ? { ...r, region: "marsnorth" } : r)) });
    const [json, text] = await Promise.all([
      ws.json(["cost", "unpriced.json", "--format", "json"]),
      ws.run(["cost", "unpriced.json"]),
    ]);
    expect(json.code).toBe(0);
    expect(json.body.unpricedRegions).toEqual([
      expect.objectContaining({ regionId: "eastus", provider: "azure", region: "marsnorth" }),
    ]);
    expect(json.body.unpricedRegions[0].message).toMatch(/azure:marsnorth is not in the region catalog/);
    expect(text.stdout).toMatch(/^ {2}eastus\s+\$[\d,]+\.\d\d\s+unpriced$/m);
    expect(text.stdout).toMatch(/Warnings \(unpriced regions[^\n]*\n {2}eastus: azure:marsnorth is not in the region catalog/);
    const clean = await ws.json(["cost", "starter.json", "--format", "json"]);
    expect(clean.body.unpricedRegions).toEqual([]);
  });

  it("exit 2 for an unknown provider or a missing file", async () => {
    const [provider, missing] = await Promise.all([
      ws.run(["cost", "starter.json", "--provider", "oracle"]),
      ws.run(["cost", "gone.json"]),
    ]);
    expect(provider.stderr).toMatch(/--provider must be one of azure, aws, gcp, got 'oracle'/);
    expect(missing.stderr).toMatch(/cannot read gone\.json: no such file/);
    for (const r of [provider, missing]) expect(r.code).toBe(2);
  });
});

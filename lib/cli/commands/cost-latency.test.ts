import { afterAll, describe, expect, it } from "vitest";
import { Workspace } from "../testing/run-bin";
import { CLEAN_QDQ_YAML, starter } from "../testing/topologies";

describe.concurrent("meridian latency", () => {
  const ws = new Workspace();
  afterAll(() => ws.dispose());

  it("prints {rttMs, source} as JSON, measured for an Azure pair", async () => {
    const r = await ws.json(["latency", "azure:eastus", "azure:westeurope", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(Object.keys(r.body).sort()).toEqual(["rttMs", "source"]);
    expect(r.body.source).toBe("measured");
    expect(r.body.rttMs).toBeGreaterThan(50);
  });

  it("estimates across clouds, reads bare names as Azure, and is symmetric", async () => {
    const [ab, ba] = await Promise.all([
      ws.json(["latency", "eastus", "gcp:europe-west1", "--format", "json"]),
      ws.json(["latency", "gcp:europe-west1", "azure:eastus", "--format", "json"]),
    ]);
    expect(ab.body.source).toBe("estimated");
    expect(ab.body).toEqual(ba.body);
  });

  it("prints a sentence by default", async () => {
    const r = await ws.run(["latency", "aws:us-east-1", "aws:us-west-2"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^aws:us-east-1 <-> aws:us-west-2: \d+\.\d ms round trip \((measured|estimated)\)\n$/);
  });

  it("exit 2 for unknown regions, providers or missing arguments", async () => {
    const [region, provider, missing] = await Promise.all([
      ws.run(["latency", "aws:us-east-1", "aws:mars-1"]),
      ws.run(["latency", "oci:phoenix", "eastus"]),
      ws.run(["latency", "eastus"]),
    ]);
    expect(region.stderr).toMatch(/Unknown region "aws:mars-1"/);
    expect(provider.stderr).toMatch(/Unknown cloud provider "oci"/);
    expect(missing.stderr).toMatch(/missing <provider:region>/);
    for (const r of [region, provider, missing]) expect(r.code).toBe(2);
  });
});

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

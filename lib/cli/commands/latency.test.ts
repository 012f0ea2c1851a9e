import { afterAll, describe, expect, it } from "vitest";
import { AZURE_LATENCY_ATTRIBUTION } from "../../domain/latency";
import { Workspace } from "../testing/run-bin";

describe.concurrent("meridian latency", () => {
  const ws = new Workspace();
  afterAll(() => ws.dispose());

  it("prints {rttMs, source} as JSON, measured for an Azure pair, with the measurement's attribution", async () => {
    const r = await ws.json(["latency", "azure:eastus", "azure:westeurope", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(r.body.source).toBe("measured");
    expect(r.body.attribution).toBe(AZURE_LATENCY_ATTRIBUTION);
    expect(r.body.rttMs).toBeGreaterThan(50);
    expect(Number.isInteger(r.body.rttMs * 10)).toBe(true);
  });

  it("estimates across clouds, without attribution, reads bare names as Azure, and is symmetric", async () => {
    const [ab, ba] = await Promise.all([
      ws.json(["latency", "eastus", "gcp:europe-west1", "--format", "json"]),
      ws.json(["latency", "gcp:europe-west1", "azure:eastus", "--format", "json"]),
    ]);
    expect(Object.keys(ab.body).sort()).toEqual(["rttMs", "source"]);
    expect(ab.body.source).toBe("estimated");
    expect(ab.body).toEqual(ba.body);
  });

  it("prints a sentence by default, with the source under a measured one and what an estimate rests on", async () => {
    const [estimated, measured] = await Promise.all([
      ws.run(["latency", "aws:us-east-1", "aws:us-west-2"]),
      ws.run(["latency", "eastus", "westeurope"]),
    ]);
    expect(estimated.code).toBe(0);
    expect(estimated.stdout).toMatch(/^aws:us-east-1 <-> aws:us-west-2: \d+\.\d ms round trip \(estimated\)\nEstimated from: No AWS measurements are bundled\. .*\n$/);
    expect(measured.stdout).toMatch(/^eastus <-> westeurope: \d+\.\d ms round trip \(measured\)\nSource: .*CC BY 4\.0\n$/);
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

import { afterAll, describe, expect, it } from "vitest";
import { Workspace } from "../testing/run-bin";

describe.concurrent("meridian optimise", () => {
  const ws = new Workspace();
  afterAll(() => ws.dispose());
  const eu = ["aws:eu-west-1", "aws:eu-central-1", "aws:eu-west-2", "aws:eu-north-1"];
  ws.write("eu.json", JSON.stringify({ client: "besu", consensus: "qbft", validators: 4, regions: eu, packs: ["gdpr"] }));
  ws.write("tight.json", JSON.stringify({ client: "besu", consensus: "qbft", validators: 7, providers: ["aws"], regions: eu, packs: ["gdpr"], maxValidatorsPerRegion: 1 }));
  ws.write("bad.json", JSON.stringify({ client: "besu", consensus: "raft", validators: 4 }));

  it("prints the design, metrics, front and solver report as JSON", async () => {
    const r = await ws.json(["optimise", "eu.json", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(r.body.design.regions.map((g: { provider: string; region: string }) => `${g.provider}:${g.region}`).sort()).toEqual([...eu].sort());
    expect(r.body.metrics.tolerance).toMatchObject({ validators: 4, quorum: 3, regions: 1 });
    expect(r.body.solver).toMatchObject({ status: "optimal", optimal: true, gapPercent: 0 });
    expect(r.body.pareto[0].costUsdMonth).toBeCloseTo(r.body.metrics.costUsdMonth, 6);
    expect(r.body.metrics.carbonKgCo2eMonth).toBeGreaterThan(0);
    expect(r.body.sources.length).toBeGreaterThan(0);
    expect(r.body.sources.every((s: string) => s.includes("Licence:"))).toBe(true);
  });

  it("prints carbon and its sources in text", async () => {
    const r = await ws.run(["optimise", "eu.json"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Carbon: \d+\.\d\d kg CO2e a month\.$/m);
    expect(r.stdout).toContain("Carbon sources:");
  });

  it("exits 1 naming the constraint when nothing fits, 2 on a bad spec", async () => {
    const tight = await ws.run(["optimise", "tight.json"]);
    expect(tight.code).toBe(1);
    expect(tight.stdout).toContain("No 4 GDPR-eligible on AWS alone from the allow list regions can hold 7 validators with 1 per region at most");
    const bad = await ws.run(["optimise", "bad.json"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("consensus: besu doesn't run raft");
  });
});

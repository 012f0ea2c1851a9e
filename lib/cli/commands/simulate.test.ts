import { afterAll, describe, expect, it } from "vitest";
import { CLEAN_QDQ_YAML, starter } from "../testing/topologies";
import { Workspace } from "../testing/run-bin";

describe.concurrent("meridian simulate", () => {
  const ws = new Workspace();
  afterAll(() => ws.dispose());
  const clean = ws.write("clean.yaml", CLEAN_QDQ_YAML);
  const single = ws.write("starter.json", starter());

  it("prints timing, drill and availability as one JSON document, the same for the same seed", async () => {
    const args = ["simulate", clean, "--drill", "region:azure:eastus@30s+60s", "--seed", "7", "--format", "json"];
    const [first, again] = await Promise.all([ws.json(args), ws.json(args)]);
    expect(first.code).toBe(0);
    expect(again.stdout).toBe(first.stdout);
    const { design, seed, timing, drill, availability } = first.body;
    expect(design).toMatchObject({ consensus: "qbft", validators: 4, quorum: 3 });
    expect(seed).toBe(7);
    expect(timing.producesBlocks).toBe(true);
    // Four US regions: commits take tens of milliseconds, never less than the fibre between them allows.
    expect(timing.commitMs.p50).toBeGreaterThan(5);
    expect(timing.commitMs.p95).toBeGreaterThanOrEqual(timing.commitMs.p50);
    expect(timing.blockIntervalMs.p50).toBeGreaterThanOrEqual(5000);
    // Losing one of four regions leaves 3 of 4 validators, the quorum: blocks continue after round changes.
    expect(drill.summary.stalled).toBe(false);
    expect(drill.events.some((e: { kind: string }) => e.kind === "round-change")).toBe(true);
    expect(availability.probability).toBeGreaterThan(0.99);
    expect(availability.probability).toBeLessThan(1);
    expect(availability.downtimeMinutesPerYear).toBeCloseTo((1 - availability.probability) * 525_600, 1);
  });

  it("tells people when the chain stalls in a drill and when it resumes", async () => {
    const r = await ws.run(["simulate", single, "--drill", "region:azure:eastus@20s+40s", "--duration", "120s"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Simulation of "Starter": QBFT/);
    expect(r.stdout).toMatch(/Outage drill: Azure eastus/);
    expect(r.stdout).toMatch(/Quorum lost/);
    expect(r.stdout).toMatch(/Blocks resume after/);
    expect(r.stdout).toMatch(/Availability \(exact/);
    expect(r.stdout).toMatch(/minutes a year without blocks/);
  });

  it("refuses a drill it cannot read or that names nothing in the design, with exit 2", async () => {
    const [syntax, missing, duration] = await Promise.all([
      ws.run(["simulate", clean, "--drill", "region:eastus"]),
      ws.run(["simulate", clean, "--drill", "region:aws:us-east-1@10s"]),
      ws.run(["simulate", clean, "--duration", "60s"]),
    ]);
    expect(syntax.code).toBe(2);
    expect(syntax.stderr).toMatch(/has no moment/);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/us-east-1/);
    expect(duration.code).toBe(2);
    expect(duration.stderr).toMatch(/give --drill as well/);
  });
});

import { describe, expect, it } from "vitest";
import { region, withValidators } from "../../consensus/test-documents";
import type { TopologyDocument } from "../../schema";
import { DrillError } from "./failure";
import { parseDrill } from "./parse";
import { runDrill } from "./run";
import type { DrillResult } from "./types";

const we = region("we", "azure", "westeurope");
const ne = region("ne", "azure", "northeurope");
const fr = region("fr", "azure", "francecentral");
const aws = region("aws", "aws", "eu-west-1");
const FAST = { blockPeriodSeconds: 2, requestTimeoutSeconds: 4 };

const drill = (doc: TopologyDocument, text: string, horizonMs: number, seed = 1) => runDrill(doc, { ...parseDrill(text), horizonMs }, { seed });
const at = (result: DrillResult, kind: string) => result.events.filter((e) => e.kind === kind).map((e) => e.atMs);
const blocksBetween = (result: DrillResult, from: number, to: number) => at(result, "block").filter((t) => t > from && t < to).length;

describe("outage drills, QBFT", () => {
  it("losing a region within tolerance: a round change each time a lost proposer is due, blocks continue", () => {
    // 7 validators, quorum 5; losing the 2 in we leaves exactly 5.
    const result = drill(withValidators([we, ne, fr], [2, 2, 3], FAST), "region:azure:westeurope@60s", 600_000);
    expect(result.summary.stalled).toBe(false);
    expect(at(result, "stalled")).toEqual([]);
    const changes = result.events.filter((e) => e.kind === "round-change");
    expect(changes.length).toBeGreaterThan(0);
    for (const change of changes) {
      expect(change.atMs).toBeGreaterThan(60_000);
      expect(change.label).toMatch(/its proposer in 'we' is down/);
    }
    // At worst both lost validators are due back to back: round 0 (4 s) and round 1 (8 s) time out, and a
    // fresh block period follows, so no gap exceeds 2 + 4 + 8 s plus the ROUND-CHANGE quorum and the commit.
    expect(result.summary.maxGapMs).toBeLessThan(14_100);
    expect(blocksBetween(result, 60_000, 600_000)).toBeGreaterThan(100);
    expect(result.series[30]).toMatchObject({ validatorsUp: 7, validatorsConnected: 7, quorum: 5, producing: true });
    expect(result.series[90]).toMatchObject({ validatorsUp: 5, validatorsConnected: 5, quorum: 5 });
  });

  it("losing a region beyond tolerance: stalled until it returns, then the round timers decide when blocks resume", () => {
    // 2 + 2 validators, quorum 3; we fails at 60 s for 120 s. Heights start every 2 s, so round 0 of the
    // stalled height starts at 60 s and the survivors enter round k at 60 + 4 * (2^k - 1) s: 64, 72, 88, 120, 184.
    // The restarted validators begin at round 0 at 180 s and reach round 5 at 180 + 4 * 31 = 304 s, inside the
    // survivors' round 5 (184 to 312 s): the fifth round change's quorum forms then.
    const result = drill(withValidators([we, ne], [2, 2], FAST), "region:azure:westeurope@60s+120s", 400_000);
    expect(at(result, "stalled")).toEqual([60_000]);
    expect(at(result, "round-change")).toEqual([64_000, 72_000, 88_000, 120_000, 184_000]);
    expect(blocksBetween(result, 60_000, 304_000)).toBe(0);
    expect(result.summary.stallStartMs).toBe(60_000);
    expect(result.summary.resumedAtMs).toBeGreaterThan(304_000);
    expect(result.summary.resumedAtMs).toBeLessThan(304_100);
    expect(result.summary.roundChangesBeforeRecovery).toBe(5);
    expect(result.series.find((p) => p.atMs === 200_000)).toMatchObject({ validatorsUp: 4, producing: false });
  });

  it("beyond tolerance without recovery: no block after the failure", () => {
    const result = drill(withValidators([we, ne], [2, 2], FAST), "region:azure:westeurope@60s", 300_000);
    expect(result.summary.stalled).toBe(true);
    expect(result.summary.resumedAtMs).toBeUndefined();
    expect(blocksBetween(result, 60_000, 300_000)).toBe(0);
    expect(result.summary.summary).toMatch(/does not resume before the drill ends at 300.0 s/);
  });

  it("a cut link leaves validators running: their timers stay in step and blocks resume as the link returns", () => {
    const doc = withValidators([we, ne, aws], [2, 2, 3], FAST, [{ id: "vpn1", from: "we", to: "aws", kind: "vpn" }]);
    const result = drill(doc, "link:vpn1@60s+60s", 300_000);
    expect(result.failure.validatorsDown).toBe(0);
    expect(at(result, "round-change")).toEqual([64_000, 72_000, 88_000, 120_000]);
    expect(result.summary.resumedAtMs).toBeGreaterThan(120_000);
    expect(result.summary.resumedAtMs).toBeLessThan(121_000);
  });

  it("is repeatable for a seed", () => {
    const doc = withValidators([we, ne, fr], [2, 2, 3], FAST);
    expect(drill(doc, "validators:3@30s+30s", 120_000, 4)).toEqual(drill(doc, "validators:3@30s+30s", 120_000, 4));
  });

  it("refuses a failure the design does not have, and a drill that does not fit", () => {
    const doc = withValidators([we, ne], [2, 2]);
    expect(() => drill(doc, "region:aws:us-east-1@10s", 60_000)).toThrow(DrillError);
    expect(() => drill(doc, "region:aws:us-east-1@10s", 60_000)).toThrow(/no region aws:us-east-1; it has azure:westeurope, azure:northeurope/);
    expect(() => drill(doc, "link:nope@10s", 60_000)).toThrow(/no link 'nope'/);
    expect(() => drill(doc, "validators:5@10s", 60_000)).toThrow(/4 validators, fewer than 5/);
    expect(() => drill(doc, "provider:azure@90s", 60_000)).toThrow(/within the drill/);
  });
});

describe("outage drills, Raft and Clique", () => {
  it("Raft: losing the leader costs an election timeout of 1 to 2 s and a vote", () => {
    const result = drill(withValidators([we, ne], [3, 2], { consensus: "raft", client: "goquorum" }), "validators:1@10s", 30_000);
    const [elected] = at(result, "leader-elected");
    expect(elected).toBeGreaterThan(11_000);
    expect(elected).toBeLessThan(12_100);
    expect(result.summary.stalled).toBe(false);
    expect(blocksBetween(result, 10_000 + 250, elected!)).toBe(0);
    expect(blocksBetween(result, elected!, 30_000)).toBeGreaterThan(60);
  });

  it("Clique: with too few signers left the signers run out, and blocks come back with the recovery", () => {
    // 5 signers, 3 lost: the 2 left may each sign once in any 3 blocks, so at most two more blocks.
    const result = drill(withValidators([we, ne, fr], [2, 2, 1], { consensus: "clique", blockPeriodSeconds: 5 }), "validators:3@30s+60s", 120_000);
    expect(result.summary.stalled).toBe(true);
    expect(blocksBetween(result, 30_000, result.summary.stallStartMs!)).toBeLessThanOrEqual(2);
    expect(result.summary.resumedAtMs).toBeGreaterThanOrEqual(90_000);
    expect(result.summary.resumedAtMs).toBeLessThan(92_000);
  });
});

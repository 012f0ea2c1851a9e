import { describe, expect, it } from "vitest";
import { region, withValidators } from "../consensus/test-documents";
import { buildRuleContext } from "./context";
import { estimateConsensusRound } from "./latency";
import { afterFix, findingsWith, healthyDocument, variant } from "./testing/helpers";
import type { RuleServices } from "./types";

const code = "latency.consensus-round";

/** Regions on a line: RTT is the distance in ms (1 ms within a region), all "estimated". */
function lineRtt(positions: Record<string, number>): Partial<RuleServices> {
  return {
    rtt: (a, b) => ({ rttMs: a.id === b.id ? 1 : Math.abs(positions[a.id]! - positions[b.id]!), source: "estimated" }),
  };
}

// Healthy design: westeurope 2, northeurope 2, francecentral 2, germanywestcentral 1; 7 validators, quorum 5.
const farGermany = lineRtt({ westeurope: 0, northeurope: 10, francecentral: 20, germanywestcentral: 400 });

describe("latency pack: latency.consensus-round", () => {
  it("warns when the slowest QBFT round is over half the block period, naming the proposer and the quorum", () => {
    // From germanywestcentral: itself (1), francecentral (380, 3 reached), northeurope (390, 5 reached).
    const doc = variant(healthyDocument(), (d) => void (d.network.blockPeriodSeconds = 1));
    const [finding] = findingsWith(doc, code, { services: farGermany });
    expect(finding).toMatchObject({ severity: "warning", target: { kind: "region", id: "germanywestcentral" } });
    expect(finding!.message).toBe(
      "The slowest QBFT round takes about 585 ms, over half the 1 s block period: a proposer in Azure germanywestcentral needs its 5th closest validator, in Azure northeurope, 390 ms away (estimated RTT; 1.5 x RTT per round).",
    );
  });

  it("is an error when the round approaches the request timeout", () => {
    const doc = variant(healthyDocument(), (d) => {
      d.network.blockPeriodSeconds = 1;
      d.network.requestTimeoutSeconds = 1;
    });
    const services = lineRtt({ westeurope: 0, northeurope: 10, francecentral: 20, germanywestcentral: 600 });
    const [finding] = findingsWith(doc, code, { services });
    expect(finding).toMatchObject({ severity: "error" });
    expect(finding!.message).toContain("about 885 ms, approaching the 1 s request timeout: rounds will time out and change");
    // The round also takes over half the 1 s block period: raising the timeout fixes the error, not that warning.
    const after = afterFix(doc, finding!, { services });
    expect(after.doc.network.requestTimeoutSeconds).toBe(2);
    expect(after.remaining).toEqual([expect.objectContaining({ severity: "warning" })]);
  });

  it("raises the request timeout to twice the round, which clears the finding", () => {
    const doc = variant(healthyDocument(), (d) => void (d.network.requestTimeoutSeconds = 1)); // 5 s blocks
    const services = lineRtt({ westeurope: 0, northeurope: 10, francecentral: 20, germanywestcentral: 1600 });
    const [finding] = findingsWith(doc, code, { services }); // round 1.5 x 1590 = 2385 ms
    expect(finding).toMatchObject({ severity: "error" });
    expect(finding!.fix!.label).toBe("Raise the request timeout to 5 s");
    const after = afterFix(doc, finding!, { services });
    expect(after.remaining).toEqual([]);
  });

  it("offers no fix for a warning about the block period alone, or for Raft", () => {
    const doc = variant(healthyDocument(), (d) => void (d.network.blockPeriodSeconds = 1));
    expect(findingsWith(doc, code, { services: farGermany })[0]!.fix).toBeUndefined();
    const raft = variant(doc, (d) => {
      d.network.client = "goquorum";
      d.network.consensus = "raft";
    });
    const farther = lineRtt({ westeurope: 0, northeurope: 10, francecentral: 20, germanywestcentral: 1200 });
    const [slow] = findingsWith(raft, code, { services: farther });
    expect(slow).toMatchObject({ severity: "error" });
    expect(slow!.fix).toBeUndefined();
  });

  it("uses one RTT per commit for Raft (quorum 4 of 7), so the same spread stays quiet", () => {
    const doc = variant(healthyDocument(), (d) => {
      d.network.client = "goquorum";
      d.network.consensus = "raft";
      d.network.blockPeriodSeconds = 1;
    });
    expect(findingsWith(doc, code, { services: farGermany })).toEqual([]); // 390 ms < 500 ms
    const farther = lineRtt({ westeurope: 0, northeurope: 10, francecentral: 20, germanywestcentral: 700 });
    expect(findingsWith(doc, code, { services: farther })[0]!.message).toContain("The slowest Raft commit takes about 690 ms");
  });

  it("stays quiet with the default 5 s block period", () => {
    expect(findingsWith(healthyDocument(), code, { services: farGermany })).toEqual([]);
    expect(findingsWith(healthyDocument(), code)).toEqual([]);
  });

  it("says when the decisive RTT is measured (Azure table)", () => {
    const doc = withValidators([region("westeurope", "azure", "westeurope"), region("australiaeast", "azure", "australiaeast")], [2, 2]);
    const round = estimateConsensusRound(buildRuleContext(doc), "qbft", 3)!;
    expect(round.source).toBe("measured");
    expect(round.roundMs).toBe(1.5 * round.rttMs);
    expect(round.rttMs).toBeGreaterThan(200);
  });
});

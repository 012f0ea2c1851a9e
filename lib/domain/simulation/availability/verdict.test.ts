import { describe, expect, it } from "vitest";
import { classifyFromCatalog, quorumSize, validatorConnectivity, validatorsPerRegion } from "../../consensus";
import { region, withValidators } from "../../consensus/test-documents";
import { buildConnectivity } from "../../net/connectivity";
import type { TopologyDocument } from "../../schema";
import { buildFailureEvents } from "./events";
import { createHaltCheck } from "./verdict";

/** Compares the halt check with the rule spelled out directly (lost regions and every failed VPN out, then the shared analysis) on every subset of events. */
function everySubset(doc: TopologyDocument) {
  const model = buildConnectivity(doc, classifyFromCatalog);
  const validators = validatorsPerRegion(doc);
  const quorum = quorumSize(doc.network.consensus, validators.reduce((a, b) => a + b, 0));
  const { events, effects } = buildFailureEvents(doc, model, validators);
  const check = createHaltCheck(model, doc.network.consensus, validators, quorum, effects);
  const referenceHalts = (failed: number[]) => {
    const lost = new Uint8Array(doc.regions.length);
    const down = new Set<string>();
    for (const e of failed) {
      effects[e]!.regions.forEach((r) => (lost[r] = 1));
      if (effects[e]!.crossing) down.add(effects[e]!.crossing!);
    }
    const view = { ...model, crossings: model.crossings.filter((c) => !down.has(c.id)) };
    return validatorConnectivity(view, doc.network.consensus, validators, { lost }).connected < quorum;
  };
  const mismatches: string[] = [];
  let halting = 0;
  for (let mask = 0; mask < 2 ** events.length; mask++) {
    const failed = events.map((_, i) => i).filter((i) => (mask >> i) & 1);
    const fast = check.halts(failed);
    if (fast !== referenceHalts(failed)) mismatches.push(failed.map((i) => events[i]!.id).join("+"));
    if (fast) halting++;
  }
  return { events: events.length, mismatches, halting, evaluated: check.evaluated };
}

describe("halt verdicts", () => {
  it("match the connectivity analysis for every failure combination of a hub-spoke, three-cloud design", () => {
    // Azure Virtual WAN (hub westeurope, no validators) with spokes eastus and northeurope, joined directly too;
    // AWS us-east-1 and eu-west-1; Google Cloud europe-west1. Four VPNs, some redundant.
    const hub = region("hub", "azure", "westeurope");
    const east = region("east", "azure", "eastus");
    const north = region("north", "azure", "northeurope");
    const use1 = region("use1", "aws", "us-east-1");
    const euw1 = region("euw1", "aws", "eu-west-1");
    const gcp = region("gcp", "gcp", "europe-west1");
    const doc = withValidators([hub, east, north, use1, euw1, gcp], [0, 2, 1, 2, 1, 1], { topology: "hub-spoke", hubRegionId: "hub" }, [
      { id: "east-use1", from: "east", to: "use1", kind: "vpn" },
      { id: "north-euw1", from: "north", to: "euw1", kind: "vpn" },
      { id: "use1-gcp", from: "use1", to: "gcp", kind: "vpn" },
      { id: "gcp-east", from: "gcp", to: "east", kind: "vpn" },
      { id: "east-north", from: "east", to: "north", kind: "peering" },
    ]);
    const result = everySubset(doc);
    expect(result.events).toBe(13);
    expect(result.mismatches).toEqual([]);
    expect(result.halting).toBeGreaterThan(0);
    expect(result.halting).toBeLessThan(2 ** 13);
  });

  it("match for a design whose clouds are joined by one VPN each way, under Clique's majority", () => {
    const doc = withValidators(
      [region("a", "azure", "eastus"), region("b", "azure", "eastus"), region("c", "aws", "us-east-1"), region("d", "gcp", "europe-west1")],
      [1, 2, 2, 1],
      { consensus: "clique" },
      [
        { id: "a-c", from: "a", to: "c", kind: "vpn" },
        { id: "c-d", from: "c", to: "d", kind: "vpn" },
      ],
    );
    const result = everySubset(doc);
    expect(result.mismatches).toEqual([]);
    // Only combinations that cut a joining VPN or its gateway's region need the full analysis.
    expect(result.evaluated).toBeLessThan(2 ** result.events);
  });
});

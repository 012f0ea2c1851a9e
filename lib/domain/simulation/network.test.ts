import { describe, expect, it } from "vitest";
import { makeDocument, region, group, withValidators } from "../consensus/test-documents";
import { buildSimulationNetwork, RAFT_GENESIS_GAS_LIMIT, SimulationError } from "./network";

const we = region("we", "azure", "westeurope");
const aws = region("aws", "aws", "eu-west-1");

describe("the simulation network", () => {
  it("lists validators one by one, with the round trips, their sources and the consensus settings", () => {
    const network = buildSimulationNetwork(withValidators([we, aws], [2, 1], { blockPeriodSeconds: 3, requestTimeoutSeconds: 7 }));
    expect(network.validators.map((v) => `${v.index}:${v.regionId}:${v.regionKey}`)).toEqual(["0:we:azure:westeurope", "1:we:azure:westeurope", "2:aws:aws:eu-west-1"]);
    expect(network.validatorsPerRegion).toEqual([2, 1]);
    expect(network.quorum).toBe(2);
    expect(network.rttSource).toEqual(["same-region", "estimated", "estimated", "same-region"]);
    expect(network.rttP95Ms[1]).toBe(network.rttP95Ms[2]);
    expect(network.rttP95Ms[0]).toBe(1);
    expect(network).toMatchObject({ blockPeriodMs: 3000, requestTimeoutMs: 7000, blockGasLimit: 0xf7b760 });
  });

  it("uses raft's own genesis gas limit", () => {
    expect(buildSimulationNetwork(withValidators([we], [3], { consensus: "raft", client: "goquorum" })).blockGasLimit).toBe(RAFT_GENESIS_GAS_LIMIT);
  });

  it("refuses a region the catalog does not know", () => {
    const nowhere = region("x", "aws", "mars-north-1");
    const doc = makeDocument({ regions: [nowhere], nodeGroups: [group("v", nowhere, "validator", 1)] });
    expect(() => buildSimulationNetwork(doc)).toThrow(SimulationError);
    expect(() => buildSimulationNetwork(doc)).toThrow(/'x' \(aws:mars-north-1\) is not in the region catalog/);
  });
});

import { describe, expect, it } from "vitest";
import { starterDocument } from "@/lib/domain/starter";
import type { TopologyDocument } from "@/lib/domain/schema";
import { drillChoices, regionsDownAt } from "./drill-choices";

function twoClouds(): TopologyDocument {
  const doc = starterDocument("Two clouds");
  return {
    ...doc,
    regions: [
      ...doc.regions,
      { id: "eastus-b", provider: "azure", region: "eastus", primary: false, cidr: "10.9.0.0/16", subnetPrefix: 24 },
      { id: "aws-use1", provider: "aws", region: "us-east-1", primary: false, cidr: "10.8.0.0/16", subnetPrefix: 24 },
    ],
    links: [{ id: "vpn-1", from: doc.regions[0]!.id, to: "aws-use1", kind: "vpn" }],
  };
}

describe("drill choices", () => {
  it("offers each cloud region once, each cloud when there are several, each link, and validators", () => {
    const groups = drillChoices(twoClouds(), 2);
    expect(groups.map((g) => g.label)).toEqual(["Lose a region in Azure", "Lose a region in AWS", "Lose a cloud", "Lose a link", "Lose validators"]);
    expect(groups[0]!.options.map((o) => o.value)).toEqual(["region:azure:eastus"]);
    expect(groups[2]!.options.map((o) => o.failure)).toEqual([{ kind: "provider", provider: "azure" }, { kind: "provider", provider: "aws" }]);
    expect(groups[3]!.options[0]!.failure).toEqual({ kind: "link", linkId: "vpn-1" });
    expect(groups[4]!.options[0]).toMatchObject({ label: "2 validators, those due to propose next", failure: { kind: "validators", count: 2 } });
  });

  it("greys whole regions only while they are down, and never a link's ends", () => {
    const region = { failure: { kind: "region" as const, regionKey: "azure:eastus" }, atMs: 10_000, recoverAtMs: 20_000 };
    expect([...regionsDownAt(region, ["a", "b"], 9_999)]).toEqual([]);
    expect([...regionsDownAt(region, ["a", "b"], 10_000)]).toEqual(["a", "b"]);
    expect([...regionsDownAt(region, ["a", "b"], 20_000)]).toEqual([]);
    const link = { failure: { kind: "link" as const, linkId: "vpn-1" }, atMs: 0 };
    expect([...regionsDownAt(link, ["a", "b"], 5_000)]).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import type { Region, TopologyDocument } from "@/lib/domain/schema";
import { lostRegionsOf, outageChoices, outageValue, parseOutageValue, type Outage } from "./outage";

const region = (id: string, provider: Region["provider"], name: string): Region =>
  ({ id, provider, region: name, primary: false, cidr: "10.0.0.0/16", subnetPrefix: 24 });

const docWith = (regions: Region[]) => ({ regions, nodeGroups: [], links: [] }) as unknown as TopologyDocument;

describe("outage choices", () => {
  it("groups regions by provider, names them, and offers losing a whole provider", () => {
    const doc = docWith([region("r0", "azure", "eastus"), region("r1", "aws", "us-east-1"), region("r2", "azure", "eastus")]);
    const groups = outageChoices(doc);
    expect(groups.map((g) => g.label)).toEqual(["Lose a region in Azure", "Lose a region in AWS", "Lose a provider"]);
    expect(groups[0]!.options).toEqual([
      { value: "region:r0", label: "Azure · East US (r0)" },
      { value: "region:r2", label: "Azure · East US (r2)" },
    ]);
    expect(groups[1]!.options.map((o) => o.value)).toEqual(["region:r1"]);
    expect(groups[2]!.options).toEqual([
      { value: "provider:azure", label: "Azure" },
      { value: "provider:aws", label: "AWS" },
    ]);
  });

  it("offers no provider outage when only one provider is used", () => {
    const groups = outageChoices(docWith([region("eastus", "azure", "eastus")]));
    expect(groups).toEqual([{ label: "Lose a region in Azure", options: [{ value: "region:eastus", label: "Azure · East US" }] }]);
  });

  it("round-trips an outage through its select value", () => {
    const outages: (Outage | null)[] = [null, { kind: "region", id: "r0" }, { kind: "provider", provider: "gcp" }];
    for (const outage of outages) expect(parseOutageValue(outageValue(outage))).toEqual(outage);
    expect(parseOutageValue("provider:mars")).toBeNull();
  });
});

describe("lostRegionsOf", () => {
  it("loses every document region in the same cloud region together", () => {
    const doc = docWith([region("r0", "azure", "eastus"), region("r1", "azure", "eastus"), region("r2", "azure", "westus2")]);
    expect([...lostRegionsOf(doc, { kind: "region", id: "r0" })]).toEqual(["r0", "r1"]);
    expect([...lostRegionsOf(doc, { kind: "provider", provider: "azure" })]).toEqual(["r0", "r1", "r2"]);
  });
});

import { describe, expect, it } from "vitest";
import { afterFix, findingsWith, healthyDocument, variant } from "./testing/helpers";

const code = "compliance.gdpr.residency";
const gdpr = { packs: ["gdpr" as const] };

describe("gdpr pack: compliance.gdpr.residency", () => {
  const doc = variant(healthyDocument(), (d) => {
    d.regions.push({ id: "eastus", provider: "azure", region: "eastus", primary: false, cidr: "10.20.0.0/16", subnetPrefix: 24 });
    d.nodeGroups.push({ ...d.nodeGroups[6]!, id: "rpc-us", regionId: "eastus" });
  });

  it("fires for a node group outside the EEA and adequacy countries, naming region and country", () => {
    const [finding] = findingsWith(doc, code, gdpr);
    expect(finding).toMatchObject({ severity: "error", pack: "gdpr", target: { kind: "nodeGroup", id: "rpc-us" } });
    expect(finding!.message).toBe(
      "Node group 'rpc-us' (api), 2 RPC nodes, holds chain data in Azure eastus (East US, country US), which is neither in the EEA nor covered by an EU adequacy decision.",
    );
  });

  it("moves the group to a resident region of the same provider", () => {
    const [finding] = findingsWith(doc, code, gdpr);
    const fixed = afterFix(doc, finding!, gdpr);
    expect(fixed.doc.nodeGroups.find((g) => g.id === "rpc-us")!.regionId).toBe("westeurope");
    expect(fixed.remaining).toEqual([]);
  });

  it("accepts adequacy countries (UK, Switzerland) as well as the EEA", () => {
    const adequate = variant(healthyDocument(), (d) => {
      d.regions[2]!.region = "uksouth";
      d.regions[3]!.region = "switzerlandnorth";
    });
    expect(findingsWith(adequate, code, gdpr)).toEqual([]);
  });

  it("runs only when enabled", () => {
    expect(findingsWith(doc, code, {})).toEqual([]);
    const enabled = variant(doc, (d) => void (d.compliance.packs = ["gdpr"]));
    expect(findingsWith(enabled, code, {})).toHaveLength(1);
  });
});

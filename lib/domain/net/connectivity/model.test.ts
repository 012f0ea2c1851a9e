import { describe, expect, it } from "vitest";
import { classifyFromCatalog, validatorGroups, validatorsPerRegion } from "../../consensus";
import { region, withValidators } from "../../consensus/test-documents";
import type { TopologyDocument } from "../../schema";
import { sovereignCloudOf } from "./clouds";
import { buildConnectivity } from "./model";
import { directlyConnected, largestDirectReach, peersOf } from "./reach";

const modelOf = (doc: TopologyDocument) => buildConnectivity(doc, classifyFromCatalog);
const lost = (doc: TopologyDocument, ...ids: string[]) => ({ lost: new Uint8Array(doc.regions.map((r) => (ids.includes(r.id) ? 1 : 0))) });
const at = (doc: TopologyDocument, id: string) => doc.regions.findIndex((r) => r.id === id);

describe("the connectivity model", () => {
  const eastus = region("eastus", "azure", "eastus");
  const westeurope = region("westeurope", "azure", "westeurope");
  const westus2 = region("westus2", "azure", "westus2");
  const useast1 = region("use1", "aws", "us-east-1");
  const uswest2 = region("usw2", "aws", "us-west-2");
  const gcpBelgium = region("belgium", "gcp", "europe-west1");
  const gcpIowa = region("iowa", "gcp", "us-central1");

  it("joins every pair of one provider's regions, and other providers only over a declared link's two ends", () => {
    const doc = withValidators([eastus, westeurope, useast1], [1, 1, 1]);
    const m = modelOf(doc);
    expect(m.fabrics.map((f) => f.kind)).toEqual(["azure-peering-mesh", "aws-peering-mesh"]);
    expect(directlyConnected(m, 0, 1)).toBe(true);
    expect(directlyConnected(m, 0, 2)).toBe(false);

    const linked = withValidators([eastus, westeurope, useast1], [1, 1, 1], {}, [{ id: "x", from: "westeurope", to: "use1" }]);
    const ml = modelOf(linked);
    expect(ml.crossings).toMatchObject([{ id: "x", gateways: [1, 2], sides: [[1], [2]] }]);
    expect(directlyConnected(ml, 1, 2)).toBe(true);
    // Peering is not transitive: eastus has no path to us-east-1...
    expect(directlyConnected(ml, 0, 2)).toBe(false);
    expect(peersOf(ml, 0)).toEqual([0, 1]);
    // ...but westeurope's validators relay consensus messages, so all three exchange them.
    const groups = validatorGroups(ml, validatorsPerRegion(linked));
    expect(new Set(groups)).toEqual(new Set([groups[0]]));
  });

  it("does not relay consensus messages through a link end without validators", () => {
    const doc = withValidators([eastus, westeurope, useast1], [2, 0, 2], {}, [{ id: "x", from: "westeurope", to: "use1" }]);
    const groups = validatorGroups(modelOf(doc), validatorsPerRegion(doc));
    expect(groups[0]).not.toBe(groups[2]);
    // westeurope holds no validators: it joins the heavier group it reaches directly (both weigh 2: the first).
    expect(groups[1]).toBeGreaterThanOrEqual(0);
  });

  it("routes Azure hub-spoke through a Virtual WAN hub: losing the hub region cuts the spokes apart", () => {
    const doc = withValidators([eastus, westeurope, westus2], [1, 1, 1], { topology: "hub-spoke", hubRegionId: "eastus" });
    const m = modelOf(doc);
    expect(m.fabrics).toMatchObject([{ kind: "azure-virtual-wan", hub: 0, regions: [0, 1, 2] }]);
    expect(directlyConnected(m, 1, 2)).toBe(true);
    expect(directlyConnected(m, 1, 2, lost(doc, "eastus"))).toBe(false);

    const spokeLink = withValidators([eastus, westeurope, westus2], [1, 1, 1], { topology: "hub-spoke", hubRegionId: "eastus" }, [
      { id: "spokes", from: "westeurope", to: "westus2" },
    ]);
    const ms = modelOf(spokeLink);
    expect(ms.directLinks).toMatchObject([{ id: "spokes", a: 1, b: 2 }]);
    expect(directlyConnected(ms, 1, 2, lost(spokeLink, "eastus"))).toBe(true);
    expect(directlyConnected(ms, 1, 2, { ...lost(spokeLink, "eastus"), link: "spokes" })).toBe(false);
  });

  it("serves every Virtual WAN region through the hub's VPN gateway", () => {
    const doc = withValidators([eastus, westeurope, useast1], [1, 1, 1], { topology: "hub-spoke", hubRegionId: "eastus" }, [
      { id: "x", from: "westeurope", to: "use1" },
    ]);
    const m = modelOf(doc);
    expect(m.crossings).toMatchObject([{ id: "x", ends: [1, 2], gateways: [0, 2], sides: [[0, 1], [2]] }]);
    expect(directlyConnected(m, 1, 2)).toBe(true);
    expect(directlyConnected(m, 1, 2, lost(doc, "eastus"))).toBe(false);
  });

  it("leaves AWS and Google Cloud networks whole in a hub-spoke design", () => {
    const doc = withValidators([useast1, uswest2, region("euw1", "aws", "eu-west-1")], [1, 1, 1], { topology: "hub-spoke", hubRegionId: "use1" });
    const m = modelOf(doc);
    expect(m.fabrics.map((f) => f.kind)).toEqual(["aws-peering-mesh"]);
    expect(directlyConnected(m, 1, 2, lost(doc, "use1"))).toBe(true);
    const gcp = withValidators([gcpBelgium, gcpIowa], [1, 1]);
    expect(modelOf(gcp).fabrics.map((f) => f.kind)).toEqual(["gcp-global-vpc"]);
  });

  it("never crosses a sovereign-cloud boundary, even over a declared link", () => {
    const gov = region("gov", "azure", "usgovvirginia");
    const doc = withValidators([eastus, gov], [1, 1], {}, [{ id: "bad", from: "eastus", to: "gov" }]);
    const m = modelOf(doc);
    expect(m.crossings).toHaveLength(0);
    expect(m.unusedLinks).toEqual([{ id: "bad", linkIndex: 0, reason: "sovereign-boundary" }]);
    expect(directlyConnected(m, 0, 1)).toBe(false);
    expect(sovereignCloudOf("aws", "gov")).toBe("aws:gov");
    expect(sovereignCloudOf("gcp", "commercial")).toBe("commercial");
  });

  it("builds one VPN for links between the same two gateways, and marks links a fabric makes redundant", () => {
    const doc = withValidators([eastus, westeurope, useast1], [1, 1, 1], {}, [
      { id: "vpn", from: "eastus", to: "use1", kind: "vpn" },
      { id: "backup", from: "use1", to: "eastus", kind: "interconnect" },
      { id: "az", from: "eastus", to: "westeurope", kind: "peering" },
    ]);
    const m = modelOf(doc);
    expect(m.crossings).toMatchObject([{ id: "vpn", linkIndexes: [0, 1] }]);
    expect(m.unusedLinks).toEqual([
      { id: "backup", linkIndex: 1, reason: "duplicate", crossingId: "vpn" },
      { id: "az", linkIndex: 2, reason: "same-fabric" },
    ]);
  });

  it("lets a Raft leader count only the validators it reaches directly", () => {
    const doc = withValidators([eastus, useast1, gcpBelgium], [2, 1, 2], { client: "goquorum", consensus: "raft" }, [
      { id: "a", from: "eastus", to: "use1" },
      { id: "b", from: "use1", to: "belgium" },
    ]);
    const m = modelOf(doc);
    const v = validatorsPerRegion(doc);
    // us-east-1 reaches both others: 5; eastus reaches 3, belgium 3.
    expect(largestDirectReach(m, (i) => v[i]! > 0, (i) => v[i]!)).toBe(5);
    expect(largestDirectReach(m, (i) => v[i]! > 0, (i) => v[i]!, lost(doc, "use1"))).toBe(2);
    expect(at(doc, "use1")).toBe(1);
  });
});

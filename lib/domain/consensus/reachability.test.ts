import { describe, expect, it } from "vitest";
import { bridgeLinks, buildRegionGraph, regionComponents, sovereignCloudOf } from "./reachability";
import { classifyFromCatalog } from "./failure-domains";
import { region, withValidators } from "./test-documents";

const graphOf = (doc: Parameters<typeof buildRegionGraph>[0]) => buildRegionGraph(doc, classifyFromCatalog);
const sameComponent = (c: Int32Array, a: number, b: number) => c[a]! >= 0 && c[a] === c[b];

describe("region reachability", () => {
  const eastus = region("eastus", "azure", "eastus");
  const westeurope = region("westeurope", "azure", "westeurope");
  const useast1 = region("use1", "aws", "us-east-1");
  const gcpBelgium = region("belgium", "gcp", "europe-west1");

  it("connects regions of one provider over the backbone, and other providers only through links", () => {
    const doc = withValidators([eastus, westeurope, useast1], [1, 1, 1]);
    const c = regionComponents(graphOf(doc), undefined);
    expect(sameComponent(c, 0, 1)).toBe(true);
    expect(sameComponent(c, 0, 2)).toBe(false);

    const linked = withValidators([eastus, westeurope, useast1], [1, 1, 1], {}, [{ id: "x", from: "westeurope", to: "use1" }]);
    const c2 = regionComponents(graphOf(linked), undefined);
    expect(sameComponent(c2, 0, 2)).toBe(true); // eastus -> westeurope -> link -> us-east-1
  });

  it("routes hub-spoke traffic only through the hub", () => {
    const doc = withValidators([eastus, westeurope, region("westus2", "azure", "westus2")], [1, 1, 1], {
      topology: "hub-spoke", hubRegionId: "eastus",
    });
    const graph = graphOf(doc);
    expect(sameComponent(regionComponents(graph, undefined), 1, 2)).toBe(true);
    const hubLost = new Uint8Array([1, 0, 0]);
    expect(sameComponent(regionComponents(graph, hubLost), 1, 2)).toBe(false);
  });

  it("never crosses a sovereign-cloud boundary, even over a declared link", () => {
    const gov = region("gov", "azure", "usgovvirginia");
    const doc = withValidators([eastus, gov], [1, 1], {}, [{ id: "bad", from: "eastus", to: "gov" }]);
    const graph = graphOf(doc);
    expect(graph.links).toHaveLength(0);
    expect(sameComponent(regionComponents(graph, undefined), 0, 1)).toBe(false);
    expect(sovereignCloudOf("aws", "gov")).toBe("aws:gov");
    expect(sovereignCloudOf("gcp", "commercial")).toBe("commercial");
  });

  it("finds the links whose loss alone splits the network", () => {
    const chain = withValidators([eastus, westeurope, useast1, gcpBelgium], [1, 1, 1, 1], {}, [
      { id: "az-aws", from: "eastus", to: "use1" },
      { id: "aws-gcp", from: "use1", to: "belgium" },
      { id: "aws-gcp-2", from: "use1", to: "belgium" },
      { id: "az-az", from: "eastus", to: "westeurope" },
    ]);
    expect([...bridgeLinks(graphOf(chain))]).toEqual([0]);
  });
});

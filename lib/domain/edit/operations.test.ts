import { applyPatches, enablePatches, produce, produceWithPatches } from "immer";
import { describe, expect, it } from "vitest";
import { validate } from "../rules";
import { TopologyDocumentSchema } from "../schema";
import { starterDocument } from "../starter";
import { addLink, addNodeGroup, addRegion, EditError, moveNodeGroup, pasteNodeGroups, removeElements, replaceDocument, updateElement } from ".";

enablePatches();

const base = () => starterDocument("Edit");
const valid = (doc: unknown) => expect(TopologyDocumentSchema.safeParse(doc).success).toBe(true);

describe("document edits", () => {
  it("adds regions with unique ids and non-overlapping address spaces", () => {
    const doc = produce(base(), (d) => {
      addRegion(d, "aws", "eu-central-1");
      addRegion(d, "aws", "eu-central-1");
      addRegion(d, "gcp", "europe-west1");
    });
    expect(doc.regions.map((r) => r.id)).toEqual(["eastus", "aws-eu-central-1", "aws-eu-central-1-2", "gcp-europe-west1"]);
    expect(new Set(doc.regions.map((r) => r.cidr)).size).toBe(4);
    expect(doc.regions.filter((r) => r.primary)).toHaveLength(1);
    valid(doc);
    expect(() => produce(base(), (d) => void addRegion(d, "aws", "mars-1"))).toThrow(EditError);
  });

  it("adds node groups with the provider's deployment type and default size", () => {
    const doc = produce(base(), (d) => {
      const r = addRegion(d, "gcp", "europe-west1");
      addNodeGroup(d, r, { role: "validator" });
      addNodeGroup(d, r, { role: "rpc", rpcType: "graphql" });
      addNodeGroup(d, r, { role: "member", memberType: "private" });
    });
    const added = doc.nodeGroups.slice(-3);
    expect(added.map((g) => g.deploymentType)).toEqual(["gke", "gke", "gke"]);
    expect(added[0]!.vmSize).toBe("n2-standard-4");
    expect(added[1]).toMatchObject({ role: "rpc", rpcType: "graphql", capabilities: expect.arrayContaining(["graphql"]) });
    expect(added[2]).toMatchObject({ role: "member", memberType: "private" });
    valid(doc);
  });

  it("moves a node group across providers, converting its deployment type and size", () => {
    const doc = produce(base(), (d) => {
      const r = addRegion(d, "aws", "us-east-1");
      moveNodeGroup(d, "validators", r);
    });
    const moved = doc.nodeGroups.find((g) => g.id === "validators")!;
    expect(moved).toMatchObject({ regionId: "aws-us-east-1", deploymentType: "eks" });
    expect(moved.vmSize).toMatch(/^m6i\./);
    valid(doc);
  });

  it("links regions once, choosing VPN across providers", () => {
    const doc = produce(base(), (d) => {
      const r = addRegion(d, "aws", "us-east-1");
      addLink(d, "eastus", r);
    });
    expect(doc.links).toEqual([{ id: "link-eastus-aws-us-east-1", from: "eastus", to: "aws-us-east-1", kind: "vpn" }]);
    expect(() => produce(doc, (d) => void addLink(d, "aws-us-east-1", "eastus"))).toThrow(/already linked/);
    expect(() => produce(doc, (d) => void addLink(d, "eastus", "eastus"))).toThrow(EditError);
  });

  it("removing a region removes its groups and links and keeps the document valid", () => {
    const doc = produce(base(), (d) => {
      const r = addRegion(d, "aws", "us-east-1");
      addLink(d, "eastus", r);
      d.network.topology = "hub-spoke";
      d.network.hubRegionId = "eastus";
      removeElements(d, ["eastus"]);
    });
    expect(doc.regions.map((r) => r.id)).toEqual(["aws-us-east-1"]);
    expect(doc.regions[0]!.primary).toBe(true);
    expect(doc.nodeGroups).toEqual([]);
    expect(doc.links).toEqual([]);
    expect(doc.network.hubRegionId).toBeUndefined();
    valid(doc);
  });

  it("pastes copies under new ids into another region", () => {
    const original = base();
    const doc = produce(original, (d) => {
      const r = addRegion(d, "gcp", "europe-west1");
      pasteNodeGroups(d, [original.nodeGroups[0]!], r);
    });
    const pasted = doc.nodeGroups.at(-1)!;
    expect(pasted.id).not.toBe("validators");
    expect(pasted).toMatchObject({ regionId: "gcp-europe-west1", deploymentType: "gke", count: 4 });
    valid(doc);
  });

  it("spreading validators over three linked regions clears the region-outage finding", () => {
    const doc = produce(base(), (d) => {
      const b = addRegion(d, "azure", "westus2");
      const c = addRegion(d, "aws", "us-east-1");
      addLink(d, "eastus", c);
      addLink(d, b, c); // without it, losing eastus would cut AWS off from westus2
      updateElement(d, "validators", { count: 2 });
      addNodeGroup(d, b, { role: "validator" });
      addNodeGroup(d, c, { role: "validator" });
    });
    const codes = validate(doc).findings.map((f) => f.code);
    expect(codes).not.toContain("consensus.region-outage.halts");
    const concentrated = produce(doc, (d) => updateElement(d, "validators", { count: 6 }));
    expect(validate(concentrated).findings.map((f) => f.code)).toContain("consensus.region-outage.halts");
  });
});

describe("replaceDocument", () => {
  it("makes the draft equal to the new document, dropping fields it lacks, as one undoable change", () => {
    const base = { ...starterDocument("a"), budgetMonthlyUsd: 500 };
    const next = starterDocument("b");
    const [result, , inverse] = produceWithPatches(base, (d) => replaceDocument(d, next));
    expect(result).toEqual(next);
    expect("budgetMonthlyUsd" in result).toBe(false);
    expect(applyPatches(result, inverse)).toEqual(base);
  });
});

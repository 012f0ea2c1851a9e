// Every QDQ file Meridian exports (the qdq/ folder of a bundle) imports back into the same design: each
// reference topology and each curated template, through the files exactly as the bundle writes them.

import { describe, expect, it } from "vitest";
import { qdqFiles } from "../export/qdq-files";
import { REFERENCE_TOPOLOGIES } from "../export/testing/reference-topologies";
import { deploymentTypeOn } from "./providers";
import type { NodeGroup, TopologyDocument } from "../schema";
import { TEMPLATES } from "../templates/catalog";
import { importQdq } from ".";

const designs: [string, TopologyDocument][] = [
  ...Object.entries(REFERENCE_TOPOLOGIES).map(([name, make]) => [name, make()] as [string, TopologyDocument]),
  ...TEMPLATES.map((t) => [t.slug, t.document] as [string, TopologyDocument]),
];

function fileOf(doc: TopologyDocument, path: string): string {
  const file = qdqFiles(doc).files.find((f) => f.path === path);
  if (!file || typeof file.contents !== "string") throw new Error(`no ${path} in the export`);
  return file.contents;
}

const regionKey = (doc: TopologyDocument, id: string) => {
  const r = doc.regions.find((x) => x.id === id)!;
  return `${r.provider}:${r.region}`;
};

/** A subtype named after its own type says no more than an unnamed group of that type. */
function label(g: NodeGroup): string | null {
  if (g.role !== "rpc" && g.role !== "member") return null;
  const type = g.role === "rpc" ? g.rpcType : g.memberType;
  return g.name === undefined || g.name === type ? null : g.name;
}

/** What a node group means, ids aside: where, what, how many, on what, with which settings. */
function groups(doc: TopologyDocument): string[] {
  return doc.nodeGroups
    .map((g) => JSON.stringify({
      region: regionKey(doc, g.regionId), role: g.role, name: label(g), count: g.count, deploymentType: g.deploymentType,
      vmSize: g.vmSize, scale: g.scale ?? null, storage: g.storage,
      rpcType: g.role === "rpc" ? g.rpcType : null, capabilities: g.role === "rpc" ? [...g.capabilities].sort() : null,
      memberType: g.role === "member" ? g.memberType : null,
    }))
    .sort();
}

const links = (doc: TopologyDocument) =>
  doc.links.map((l) => `${[regionKey(doc, l.from), regionKey(doc, l.to)].sort().join(" ~ ")} ${l.kind}`).sort();

const regions = (doc: TopologyDocument) => doc.regions.map(({ provider, region, primary, cidr, subnetPrefix }) => ({ provider, region, primary, cidr, subnetPrefix }));

describe.each(designs)("qdq/topology.json of %s", (_name, doc) => {
  const { document: back, warnings } = importQdq(fileOf(doc, "qdq/topology.json"));

  it("imports without a warning beyond what a legacy stack maps to today", () => {
    expect(warnings.filter((w) => !w.startsWith("support: "))).toEqual([]);
    expect(warnings.some((w) => w.startsWith("support: "))).toBe(doc.network.client === "goquorum");
  });

  it("keeps the regions, their order, primary flag and address space", () => {
    expect(regions(back)).toEqual(regions(doc));
  });

  it("keeps every node group's role, subtype, count, deployment, size, storage, scale and capabilities", () => {
    expect(groups(back)).toEqual(groups(doc));
  });

  it("keeps the links between the same regions, of the same kind", () => {
    expect(links(back)).toEqual(links(doc));
  });

  it("keeps the network settings, tags and name", () => {
    expect(back.network).toEqual(doc.network);
    expect(back.tags).toEqual(doc.tags);
    expect(back.name).toBe(doc.name);
  });
});

/** Nodes per region and role: what QDQ's DSL lines hold. */
function countsByRegionRole(doc: TopologyDocument): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const g of doc.nodeGroups) {
    const key = `${regionKey(doc, g.regionId)} ${g.role}`;
    counts[key] = (counts[key] ?? 0) + g.count;
  }
  return counts;
}

describe.each(designs)("qdq/topology.dsl of %s", (_name, doc) => {
  const { document: back } = importQdq(fileOf(doc, "qdq/topology.dsl"));

  it("keeps the nodes per region and role, and the regions that have nodes, in order", () => {
    expect(countsByRegionRole(back)).toEqual(countsByRegionRole(doc));
    const withNodes = doc.regions.filter((r) => doc.nodeGroups.some((g) => g.regionId === r.id)).map((r) => `${r.provider}:${r.region}`);
    expect(back.regions.map((r) => `${r.provider}:${r.region}`)).toEqual(withNodes);
  });

  it("keeps each role's deployment type where the design uses one kind of compute for it", () => {
    for (const g of doc.nodeGroups) {
      const kinds = new Set(doc.nodeGroups.filter((o) => o.role === g.role).map((o) => deploymentTypeOn("azure", o.deploymentType)));
      if (kinds.size !== 1) continue;
      const match = back.nodeGroups.find((b) => b.role === g.role && regionKey(back, b.regionId) === regionKey(doc, g.regionId));
      expect(match?.deploymentType, `${g.id}`).toBe(g.deploymentType);
    }
  });
});

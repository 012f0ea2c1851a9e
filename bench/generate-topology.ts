// Large, schema-valid topology documents over real catalog regions of all three clouds, for benchmarks.
// Adapted from the cost performance test's generator: deterministic, so runs are comparable.

import { listRegions } from "@/lib/domain/catalog";
import { CURRENT_SCHEMA_VERSION, PROVIDERS, TopologyDocumentSchema, type TopologyDocument, type TopologyDocumentInput } from "@/lib/domain/schema";

const ROLES = ["validator", "rpc", "member", "archive", "bootnode"] as const;
const TYPES = { azure: ["aks", "vm", "aca", "vmss"], aws: ["eks", "ec2", "fargate", "ecs"], gcp: ["gke", "gce", "cloudrun", "mig"] } as const;
// One size per cloud the price tables do not know, so the fallback path is exercised too.
const SIZES = { azure: ["Standard_D4s_v5", "Standard_E8s_v5", "Standard_X9"], aws: ["m6i.xlarge", "r6i.2xlarge"], gcp: ["n2-standard-4", "n2-highmem-8"] } as const;

/** Commercial regions interleaved across clouds (azure, aws, gcp, azure, ...), so any prefix is multi-cloud. */
function interleavedRegions(count: number) {
  const lists = PROVIDERS.map((p) => listRegions(p).filter((r) => r.classification === "commercial"));
  const out: { provider: (typeof PROVIDERS)[number]; region: string }[] = [];
  for (let i = 0; out.length < count; i++) {
    if (lists.every((l) => i >= l.length)) throw new Error(`only ${out.length} commercial regions in the catalog`);
    for (const list of lists) {
      const r = list[i];
      if (r && out.length < count) out.push({ provider: r.provider, region: r.id });
    }
  }
  return out;
}

/** `groups` node groups spread round-robin over `regions` real regions (default: min(100, max(3, groups / 10))). */
export function generateTopology(groups: number, regions = Math.min(100, Math.max(3, Math.ceil(groups / 10)))): TopologyDocument {
  const picked = interleavedRegions(regions).map((r, i) => ({
    id: `r${i}`, provider: r.provider, region: r.region, primary: i === 0, cidr: `10.${i + 1}.0.0/16`,
  }));
  const nodeGroups: TopologyDocumentInput["nodeGroups"] = [];
  for (let i = 0; i < groups; i++) {
    const region = picked[i % picked.length]!;
    const types = TYPES[region.provider];
    const sizes = SIZES[region.provider];
    nodeGroups.push({
      id: `g${i}`, regionId: region.id, role: ROLES[i % ROLES.length]!, count: 1 + (i % 4),
      deploymentType: types[i % types.length]!, vmSize: sizes[i % sizes.length]!,
    });
  }
  return TopologyDocumentSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name: `bench ${groups} groups / ${regions} regions`,
    network: { client: "besu", consensus: "qbft", chainId: 1337 },
    regions: picked,
    nodeGroups,
  });
}

/** The document with one group's count changed, sharing everything else (as an immer edit would). */
export function withOneEdit(doc: TopologyDocument, index: number): TopologyDocument {
  const nodeGroups = doc.nodeGroups.slice();
  const group = nodeGroups[index]!;
  nodeGroups[index] = { ...group, count: (group.count % 9) + 1 };
  return { ...doc, nodeGroups };
}

/** The document with one group dragged to the next region, sharing everything else (as an immer edit would). */
export function withOneGroupMoved(doc: TopologyDocument, index: number): TopologyDocument {
  const nodeGroups = doc.nodeGroups.slice();
  const group = nodeGroups[index]!;
  const at = doc.regions.findIndex((r) => r.id === group.regionId);
  const to = doc.regions[(at + 1) % doc.regions.length]!;
  // The generator's regions interleave clouds; the moved group takes the new region's deployment type and size.
  const same = doc.nodeGroups.find((g) => g.regionId === to.id) ?? group;
  nodeGroups[index] = { ...group, regionId: to.id, deploymentType: same.deploymentType, vmSize: same.vmSize };
  return { ...doc, nodeGroups };
}

/**
 * The document with VPNs between regions of different providers, then of the same provider, in region order,
 * up to `limit` links in all: many redundant paths, for the failure-domain analysis of link outages.
 */
export function withDenseLinks(doc: TopologyDocument, limit: number): TopologyDocument {
  const links = [...doc.links];
  for (const sameProvider of [false, true]) {
    for (let a = 0; a < doc.regions.length; a++) {
      for (let b = a + 1; b < doc.regions.length && links.length < limit; b++) {
        const [from, to] = [doc.regions[a]!, doc.regions[b]!];
        if ((from.provider === to.provider) === sameProvider) links.push({ id: `dense-${a}-${b}`, from: from.id, to: to.id, kind: "vpn" });
      }
    }
  }
  return { ...doc, links };
}

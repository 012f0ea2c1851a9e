// The connectivity model: which regions' nodes can open a connection to which, over what, and what each
// path depends on. The rule engine (failure domains, unreachable regions) and every exporter (what
// Terraform builds, which peers a node lists) read it, so a design is validated as it will be deployed.
//
// Each cloud joins its own regions in a "fabric" (one per provider and sovereign cloud):
// - Azure, flat or mesh: global VNet peering between every pair of VNets, in both directions.
// - Azure, hub-spoke with an Azure hub: Virtual WAN with one hub in the hub region and every VNet connected
//   to it. VNet peering is not transitive; the hub's router carries spoke-to-spoke traffic, so losing the hub
//   region cuts the spokes apart. A declared link between two of its regions adds a direct VNet peering.
// - AWS: VPC peering between every pair of VPCs (hub-spoke does not change AWS networks).
// - Google Cloud: one global VPC with subnets in each region; every region reaches every other.
// Between fabrics only declared links carry traffic. Each becomes a site-to-site VPN between one gateway on
// each side, with static routes for exactly the other side's address prefixes. A side is the region the link
// names, or every region of a Virtual WAN fabric (the hub's gateway serves them all). Links that join the
// same two gateways are one VPN. Packets never transit a third network.

import type { Provider, TopologyDocument } from "../../schema";
import { sovereignCloudOf, type ClassifyRegion } from "./clouds";

export type FabricKind = "azure-peering-mesh" | "azure-virtual-wan" | "aws-peering-mesh" | "gcp-global-vpc";

export interface Fabric {
  readonly index: number;
  readonly provider: Provider;
  /** Sovereign cloud ("commercial", "azure:gov", ...). */
  readonly cloud: string;
  readonly kind: FabricKind;
  /** Region indexes in document order. */
  readonly regions: readonly number[];
  /** Virtual WAN: the region whose hub every network of the fabric routes through. */
  readonly hub?: number;
}

/** A site-to-site VPN between two fabrics, realising one or more declared links. */
export interface Crossing {
  /** The first declared link's id: names the VPN and its failure domain. */
  readonly id: string;
  /** Indexes in `doc.links` of every declared link it realises, the first one first. */
  readonly linkIndexes: readonly number[];
  /** The regions the first link names. */
  readonly ends: readonly [number, number];
  /** The region holding each side's VPN gateway (the link's region, or a Virtual WAN's hub). */
  readonly gateways: readonly [number, number];
  /** Regions that reach the far side through it (each side's gateway serves these). */
  readonly sides: readonly [readonly number[], readonly number[]];
}

/** A declared link inside a Virtual WAN fabric: a VNet peering that does not depend on the hub. */
export interface DirectLink {
  readonly id: string;
  readonly linkIndex: number;
  readonly a: number;
  readonly b: number;
}

export type UnusedLinkReason = "sovereign-boundary" | "same-fabric" | "duplicate";

/** A declared link that adds no path: across a sovereign boundary, inside a fabric that joins its ends anyway, or a second link between the same gateways. */
export interface UnusedLink {
  readonly id: string;
  readonly linkIndex: number;
  readonly reason: UnusedLinkReason;
  /** For a duplicate: the crossing it shares. */
  readonly crossingId?: string;
}

export interface ConnectivityModel {
  readonly regionCount: number;
  readonly cloudOf: readonly string[];
  readonly fabrics: readonly Fabric[];
  /** Fabric index of each region. */
  readonly fabricOf: Int32Array;
  readonly crossings: readonly Crossing[];
  readonly directLinks: readonly DirectLink[];
  readonly unusedLinks: readonly UnusedLink[];
}

function fabricKind(provider: Provider, holdsHub: boolean): FabricKind {
  if (provider === "gcp") return "gcp-global-vpc";
  if (provider === "aws") return "aws-peering-mesh";
  return holdsHub ? "azure-virtual-wan" : "azure-peering-mesh";
}

/** O(regions + links). */
export function buildConnectivity(doc: TopologyDocument, classify: ClassifyRegion): ConnectivityModel {
  const n = doc.regions.length;
  const index = new Map<string, number>();
  doc.regions.forEach((r, i) => index.set(r.id, i));
  const cloudOf = doc.regions.map((r) => sovereignCloudOf(r.provider, classify(r.provider, r.region)));
  const hub = doc.network.topology === "hub-spoke" && doc.network.hubRegionId !== undefined ? index.get(doc.network.hubRegionId) : undefined;

  const fabricOf = new Int32Array(n);
  const members = new Map<string, number[]>();
  doc.regions.forEach((r, i) => {
    const key = `${r.provider}|${cloudOf[i]}`;
    const list = members.get(key);
    if (list) list.push(i);
    else members.set(key, [i]);
  });
  const fabrics: Fabric[] = [...members.values()].map((regions, k) => {
    const provider = doc.regions[regions[0]!]!.provider;
    const holdsHub = hub !== undefined && provider === "azure" && regions.includes(hub);
    for (const i of regions) fabricOf[i] = k;
    return {
      index: k, provider, cloud: cloudOf[regions[0]!]!, kind: fabricKind(provider, holdsHub), regions,
      ...(holdsHub ? { hub } : {}),
    };
  });

  const gatewayOf = (i: number) => fabrics[fabricOf[i]!]!.hub ?? i;
  const sideOf = (i: number): readonly number[] => {
    const f = fabrics[fabricOf[i]!]!;
    return f.kind === "azure-virtual-wan" ? f.regions : [i];
  };

  const crossings = new Map<string, { id: string; linkIndexes: number[]; ends: [number, number]; gateways: [number, number]; sides: [readonly number[], readonly number[]] }>();
  const directLinks: DirectLink[] = [];
  const unusedLinks: UnusedLink[] = [];
  doc.links.forEach((l, linkIndex) => {
    const a = index.get(l.from);
    const b = index.get(l.to);
    if (a === undefined || b === undefined || a === b) return; // the schema refuses these
    if (cloudOf[a] !== cloudOf[b]) {
      unusedLinks.push({ id: l.id, linkIndex, reason: "sovereign-boundary" });
      return;
    }
    if (fabricOf[a] === fabricOf[b]) {
      if (fabrics[fabricOf[a]!]!.kind === "azure-virtual-wan") directLinks.push({ id: l.id, linkIndex, a, b });
      else unusedLinks.push({ id: l.id, linkIndex, reason: "same-fabric" });
      return;
    }
    const ga = gatewayOf(a);
    const gb = gatewayOf(b);
    const key = ga < gb ? `${ga}|${gb}` : `${gb}|${ga}`;
    const known = crossings.get(key);
    if (known) {
      known.linkIndexes.push(linkIndex);
      unusedLinks.push({ id: l.id, linkIndex, reason: "duplicate", crossingId: known.id });
      return;
    }
    crossings.set(key, { id: l.id, linkIndexes: [linkIndex], ends: [a, b], gateways: [ga, gb], sides: [sideOf(a), sideOf(b)] });
  });

  return { regionCount: n, cloudOf, fabrics, fabricOf, crossings: [...crossings.values()], directLinks, unusedLinks };
}

/** The fabric a region belongs to. */
export function fabricOfRegion(model: ConnectivityModel, region: number): Fabric {
  return model.fabrics[model.fabricOf[region]!]!;
}

// A placement (node counts per catalog region) turned into a topology document: the one way both the
// cost coefficients' probe designs and the solver's answer become documents, so they are priced alike.
// Validators, bootnodes and RPC nodes run on VMs of the client's documented production sizes; clouds are
// joined by the wizard's connectivity plan (two VPNs per pair of clouds, ending in validator regions).

import { getRegion } from "../catalog";
import { equivalentDeploymentType } from "../cost";
import { freshId } from "../ids";
import { sovereignCloudOf } from "../net/connectivity";
import { DEFAULT_VM_SIZE, regionIdFor } from "../qdq/providers";
import { parseRegionKey, type RegionKey } from "../region-key";
import { CURRENT_SCHEMA_VERSION, TopologyDocumentSchema, type NodeGroup, type Region, type TopologyDocument } from "../schema";
import type { Client, CompliancePack, Consensus } from "../schema/enums";
import { planConnectivity } from "../wizard/connectivity";

export interface RegionPlacement {
  readonly key: RegionKey;
  readonly validators: number;
  readonly bootnodes: number;
  readonly rpc: number;
}

export interface PlacementSettings {
  readonly name: string;
  readonly description: string;
  readonly client: Client;
  readonly consensus: Consensus;
  readonly chainId: number;
  readonly packs: readonly CompliancePack[];
  readonly budgetUsdMonth?: number;
}

const STEM = { validator: "validators", bootnode: "bootnodes", rpc: "rpc" } as const;

export function placementDocument(settings: PlacementSettings, placement: readonly RegionPlacement[]): TopologyDocument {
  const taken = new Set<string>();
  const regions: Region[] = placement.map((p, i) => {
    const { provider, id } = parseRegionKey(p.key);
    // One /16 per region, none overlapping (at most 200 regions fit 10.1-10.200).
    return { id: freshId(regionIdFor(provider, id), taken), provider, region: id, primary: i === 0, cidr: `10.${i + 1}.0.0/16`, subnetPrefix: 24 };
  });
  const groups: NodeGroup[] = [];
  placement.forEach((p, i) => {
    const region = regions[i]!;
    const add = (role: keyof typeof STEM, count: number) => {
      if (count <= 0) return;
      const base = {
        id: freshId(`${STEM[role]}-${region.id}`, taken), regionId: region.id, count,
        deploymentType: equivalentDeploymentType("vm", region.provider), vmSize: DEFAULT_VM_SIZE[region.provider][role],
        storage: { type: "standard" as const, sizeGB: 256 },
      };
      groups.push(role === "rpc"
        ? { ...base, role, name: "api", rpcType: "standard", capabilities: ["eth", "web3", "net"], exposure: "private", authenticated: true }
        : { ...base, role });
    };
    add("validator", p.validators);
    add("bootnode", p.bootnodes);
    add("rpc", p.rpc);
  });
  const cloudOf = regions.map((r) => sovereignCloudOf(r.provider, getRegion(r.provider, r.region)?.classification));
  const connectivity = planConnectivity(regions, placement.map((p) => p.validators), cloudOf, taken, settings.consensus === "raft");
  return TopologyDocumentSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name: settings.name,
    description: settings.description,
    network: { client: settings.client, consensus: settings.consensus, chainId: settings.chainId, topology: connectivity.topology },
    regions,
    nodeGroups: groups,
    links: connectivity.links,
    compliance: { packs: [...settings.packs] },
    // Backups leave the primary whenever there is somewhere to go (SOC 2 asks for it).
    operations: { monitoring: true, auditLogging: true, encryptionAtRest: true, ...(regions[1] ? { backupRegionId: regions[1].id } : {}) },
    ...(settings.budgetUsdMonth !== undefined ? { budgetMonthlyUsd: settings.budgetUsdMonth } : {}),
    tags: { "meridian:source": "optimiser" },
  });
}

// Reference topologies for the exporters' golden files and parser tests: QDQ's single-region starter, a
// three-region network on two clouds with a cross-cloud link, and a GoQuorum raft network with private
// members on Google Cloud.

import { sha256 } from "@noble/hashes/sha2.js";
import { utf8ToBytes } from "@noble/hashes/utils.js";
import { CURRENT_SCHEMA_VERSION, TopologyDocumentSchema, type TopologyDocument } from "../../schema";
import { starterDocument } from "../../starter";

export function starterTopology(): TopologyDocument {
  return starterDocument("Starter");
}

export function threeRegionTwoCloudTopology(): TopologyDocument {
  return TopologyDocumentSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name: "Trade Finance",
    description: "Two Azure regions and one AWS region; the AWS region joins over a site-to-site VPN.",
    network: { client: "besu", consensus: "qbft", chainId: 2024, blockPeriodSeconds: 2, topology: "hub-spoke", hubRegionId: "eastus" },
    regions: [
      { id: "eastus", provider: "azure", region: "eastus", primary: true, cidr: "10.1.0.0/16" },
      { id: "westeurope", provider: "azure", region: "westeurope", cidr: "10.2.0.0/16" },
      { id: "virginia", provider: "aws", region: "us-east-1", cidr: "10.3.0.0/16" },
    ],
    nodeGroups: [
      { id: "validators-eastus", regionId: "eastus", role: "validator", count: 2, deploymentType: "aks", vmSize: "Standard_D4s_v5" },
      { id: "boot-eastus", regionId: "eastus", role: "bootnode", count: 1, deploymentType: "vm", vmSize: "Standard_D2s_v5" },
      {
        id: "rpc-eastus", regionId: "eastus", role: "rpc", name: "api", count: 1, deploymentType: "aks", vmSize: "Standard_D4s_v5",
        exposure: "public", capabilities: ["eth", "net", "web3", "websocket"],
      },
      { id: "validators-westeurope", regionId: "westeurope", role: "validator", count: 1, deploymentType: "vm", vmSize: "Standard_D4s_v5", storage: { type: "premium", sizeGB: 512 } },
      {
        id: "members-westeurope", regionId: "westeurope", role: "member", name: "bank", count: 2, deploymentType: "vmss", vmSize: "Standard_D2s_v5",
        scale: { min: 2, max: 4, targetCpu: 70 },
      },
      { id: "gateway-westeurope", regionId: "westeurope", role: "rpc", name: "partners", count: 1, deploymentType: "aca", vmSize: "Standard_D2s_v5", exposure: "internal" },
      { id: "validators-virginia", regionId: "virginia", role: "validator", count: 2, deploymentType: "eks", vmSize: "m6i.xlarge" },
      { id: "boot-virginia", regionId: "virginia", role: "bootnode", count: 1, deploymentType: "ec2", vmSize: "t3.medium" },
      { id: "archive-virginia", regionId: "virginia", role: "archive", count: 1, deploymentType: "ec2", vmSize: "r6i.xlarge", storage: { type: "premium", sizeGB: 2048 } },
    ],
    links: [
      { id: "eastus-westeurope", from: "eastus", to: "westeurope", kind: "peering" },
      { id: "eastus-virginia", from: "eastus", to: "virginia", kind: "vpn" },
    ],
    tags: { costCenter: "cc-4711", environment: "production", "owner:team": "ledger-platform" },
  });
}

export function goQuorumRaftTopology(): TopologyDocument {
  return TopologyDocumentSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name: "Supply Chain Raft",
    network: { client: "goquorum", consensus: "raft", chainId: 10, existing: true },
    regions: [
      { id: "belgium", provider: "gcp", region: "europe-west1", primary: true, cidr: "10.20.0.0/16" },
      { id: "netherlands", provider: "gcp", region: "europe-west4", cidr: "10.21.0.0/16" },
    ],
    nodeGroups: [
      { id: "validators-be", regionId: "belgium", role: "validator", count: 3, deploymentType: "gke", vmSize: "n2-standard-4" },
      { id: "private-be", regionId: "belgium", role: "member", name: "shipper", memberType: "private", count: 2, deploymentType: "gke", vmSize: "n2-standard-2" },
      { id: "validators-nl", regionId: "netherlands", role: "validator", count: 2, deploymentType: "gce", vmSize: "n2-standard-4" },
      { id: "private-nl", regionId: "netherlands", role: "member", name: "carrier", memberType: "private", count: 1, deploymentType: "gce", vmSize: "n2-standard-2" },
      { id: "rpc-nl", regionId: "netherlands", role: "rpc", count: 1, deploymentType: "mig", vmSize: "n2-standard-4", scale: { min: 1, max: 3, targetCpu: 60 } },
    ],
    links: [{ id: "be-nl", from: "belgium", to: "netherlands", kind: "peering" }],
    tags: { project: "supply-chain" },
  });
}

export const REFERENCE_TOPOLOGIES = {
  starter: starterTopology,
  "three-region-two-cloud": threeRegionTwoCloudTopology,
  "goquorum-raft-private": goQuorumRaftTopology,
} as const;

/**
 * A seeded byte source (SHA-256 in counter mode) so golden exports are reproducible. For tests only:
 * keys from a known seed are public.
 */
export function seededRandom(seed: string): (length: number) => Uint8Array {
  let counter = 0;
  return (length) => {
    const out = new Uint8Array(length);
    for (let offset = 0; offset < length; offset += 32) {
      const block = sha256(utf8ToBytes(`${seed}:${counter++}`));
      out.set(block.subarray(0, Math.min(32, length - offset)), offset);
    }
    return out;
  };
}

import { CURRENT_SCHEMA_VERSION } from "../../schema";
import { defineTemplate } from "../define-template";

// SOC 2 availability: any one region may fail (7 validators 2/2/2/1, quorum 5); backups and an archive
// node live outside the primary; audit logging and monitoring on.
export const soc2MultiRegion = defineTemplate({
  slug: "soc2-multi-region",
  title: "SOC 2 multi-region on AWS and Google Cloud",
  description:
    "Besu IBFT 2.0 over AWS us-east-1 and us-east-2 and Google Cloud us-central1 and us-east4, shaped for a SOC 2 audit: survives losing any one region (not a whole cloud: that takes validators on three), backups and an archive node outside the primary region, audit logging and monitoring on.",
  tags: ["soc2", "audit", "us", "aws", "gcp", "multi-cloud", "besu", "ibft2"],
  claims: ["soc2"],
  survives: "region",
  document: {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name: "SOC 2 multi-region IBFT",
    network: { client: "besu", consensus: "ibft2", chainId: 8801, blockPeriodSeconds: 2, topology: "mesh" },
    regions: [
      { id: "aws-us-east-1", provider: "aws", region: "us-east-1", primary: true, cidr: "10.80.0.0/16" },
      { id: "aws-us-east-2", provider: "aws", region: "us-east-2", cidr: "10.81.0.0/16" },
      { id: "gcp-us-central1", provider: "gcp", region: "us-central1", cidr: "10.82.0.0/16" },
      { id: "gcp-us-east4", provider: "gcp", region: "us-east4", cidr: "10.83.0.0/16" },
    ],
    nodeGroups: [
      { id: "validators-use1", regionId: "aws-us-east-1", role: "validator", count: 2, deploymentType: "eks", vmSize: "m6i.xlarge" },
      { id: "validators-use2", regionId: "aws-us-east-2", role: "validator", count: 2, deploymentType: "eks", vmSize: "m6i.xlarge" },
      { id: "validators-usc1", regionId: "gcp-us-central1", role: "validator", count: 2, deploymentType: "gke", vmSize: "n2-standard-4" },
      { id: "validators-use4", regionId: "gcp-us-east4", role: "validator", count: 1, deploymentType: "gke", vmSize: "n2-standard-4" },
      { id: "bootnode-use1", regionId: "aws-us-east-1", role: "bootnode", count: 1, deploymentType: "ec2", vmSize: "m6i.large" },
      { id: "bootnode-usc1", regionId: "gcp-us-central1", role: "bootnode", count: 1, deploymentType: "gce", vmSize: "n2-standard-2" },
      { id: "rpc-use1", regionId: "aws-us-east-1", role: "rpc", name: "api", count: 2, deploymentType: "eks", vmSize: "m6i.xlarge", exposure: "internal" },
      { id: "rpc-usc1", regionId: "gcp-us-central1", role: "rpc", name: "api", count: 1, deploymentType: "gke", vmSize: "n2-standard-4", exposure: "internal" },
      { id: "members-use2", regionId: "aws-us-east-2", role: "member", count: 2, deploymentType: "eks", vmSize: "m6i.large" },
      { id: "archive-use4", regionId: "gcp-us-east4", role: "archive", count: 1, deploymentType: "gce", vmSize: "n2-highmem-8", storage: { type: "premium", sizeGB: 2048 } },
    ],
    links: [
      { id: "aws-peering", from: "aws-us-east-1", to: "aws-us-east-2", kind: "peering" },
      { id: "gcp-peering", from: "gcp-us-central1", to: "gcp-us-east4", kind: "peering" },
      { id: "use1-use4", from: "aws-us-east-1", to: "gcp-us-east4", kind: "interconnect" },
      { id: "use2-usc1", from: "aws-us-east-2", to: "gcp-us-central1", kind: "vpn" },
    ],
    compliance: { packs: ["soc2"] },
    operations: { monitoring: true, auditLogging: true, encryptionAtRest: true, backupRegionId: "gcp-us-central1" },
    tags: { environment: "production", audit: "soc2-type2" },
  },
});

import { CURRENT_SCHEMA_VERSION } from "../../schema";
import { defineTemplate } from "../define-template";

// Four regions with one validator each: QBFT's smallest fault-tolerant set (quorum 3) survives any one.
export const gcpOnly = defineTemplate({
  slug: "gcp-only-4-region",
  title: "Google Cloud only, 4 US regions",
  description:
    "Besu QBFT on Google Cloud alone: one validator in each of Iowa, South Carolina, Virginia and Oregon on GKE. The smallest validator set that survives losing any one region (but, as a single-cloud design, not losing Google Cloud).",
  tags: ["gcp", "single-cloud", "us", "besu", "qbft", "gke"],
  claims: [],
  survives: "region",
  document: {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name: "GCP QBFT network",
    network: { client: "besu", consensus: "qbft", chainId: 9901, blockPeriodSeconds: 2, topology: "flat" },
    regions: [
      { id: "gcp-us-central1", provider: "gcp", region: "us-central1", primary: true, cidr: "10.90.0.0/16" },
      { id: "gcp-us-east1", provider: "gcp", region: "us-east1", cidr: "10.91.0.0/16" },
      { id: "gcp-us-east4", provider: "gcp", region: "us-east4", cidr: "10.92.0.0/16" },
      { id: "gcp-us-west1", provider: "gcp", region: "us-west1", cidr: "10.93.0.0/16" },
    ],
    nodeGroups: [
      { id: "validator-usc1", regionId: "gcp-us-central1", role: "validator", count: 1, deploymentType: "gke", vmSize: "n2-standard-4" },
      { id: "validator-use1", regionId: "gcp-us-east1", role: "validator", count: 1, deploymentType: "gke", vmSize: "n2-standard-4" },
      { id: "validator-use4", regionId: "gcp-us-east4", role: "validator", count: 1, deploymentType: "gke", vmSize: "n2-standard-4" },
      { id: "validator-usw1", regionId: "gcp-us-west1", role: "validator", count: 1, deploymentType: "gke", vmSize: "n2-standard-4" },
      { id: "bootnode-usc1", regionId: "gcp-us-central1", role: "bootnode", count: 1, deploymentType: "gce", vmSize: "e2-medium" },
      { id: "bootnode-use4", regionId: "gcp-us-east4", role: "bootnode", count: 1, deploymentType: "gce", vmSize: "e2-medium" },
      { id: "rpc-usc1", regionId: "gcp-us-central1", role: "rpc", name: "api", count: 2, deploymentType: "gke", vmSize: "n2-standard-4" },
      { id: "members-use1", regionId: "gcp-us-east1", role: "member", count: 3, deploymentType: "gke", vmSize: "n2-standard-2" },
    ],
    // Google's VPC is global: regions of one project share a network, so no peering links are needed.
    links: [],
    operations: { monitoring: true, auditLogging: true, encryptionAtRest: true, backupRegionId: "gcp-us-east4" },
    tags: { environment: "production" },
  },
});

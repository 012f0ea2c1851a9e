import { CURRENT_SCHEMA_VERSION } from "../../schema";
import { defineTemplate } from "../define-template";

// QDQ's default shape on cheap burstable VMs: a sandbox, not a production design.
export const devMinimal = defineTemplate({
  slug: "dev-minimal-4-validators",
  title: "Minimal 4-validator dev network",
  description:
    "The Quorum Dev Quickstart default in one Azure region on burstable VMs: 4 QBFT validators, a bootnode, an RPC node and a member. Tolerates one faulty validator but not a regional outage; for development and testing.",
  tags: ["dev", "test", "starter", "azure", "besu", "qbft", "low-cost"],
  claims: [],
  survives: "none",
  document: {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name: "Dev network",
    network: { client: "besu", consensus: "qbft", chainId: 1337, blockPeriodSeconds: 2 },
    regions: [{ id: "eastus", provider: "azure", region: "eastus", primary: true, cidr: "10.1.0.0/16" }],
    nodeGroups: [
      { id: "validators", regionId: "eastus", role: "validator", count: 4, deploymentType: "vm", vmSize: "Standard_B2ms", storage: { type: "standard", sizeGB: 64 } },
      { id: "bootnode", regionId: "eastus", role: "bootnode", count: 1, deploymentType: "vm", vmSize: "Standard_B2s", storage: { type: "standard", sizeGB: 32 } },
      { id: "rpc", regionId: "eastus", role: "rpc", name: "dev-api", count: 1, deploymentType: "vm", vmSize: "Standard_B2ms", rpcType: "full", capabilities: ["eth", "web3", "net", "admin", "debug", "trace", "txpool"], storage: { type: "standard", sizeGB: 64 } },
      { id: "member", regionId: "eastus", role: "member", count: 1, deploymentType: "vm", vmSize: "Standard_B2s", storage: { type: "standard", sizeGB: 64 } },
    ],
    operations: { monitoring: true, auditLogging: false, encryptionAtRest: true },
    tags: { environment: "dev" },
  },
});

import { CURRENT_SCHEMA_VERSION, TopologyDocumentSchema, type TopologyDocument } from "./schema";

/**
 * A new network as QDQ would start it: one Azure region, 4 validators, 1 bootnode, 1 RPC node and
 * 3 permissioned members, QBFT on Besu.
 */
export function starterDocument(name: string): TopologyDocument {
  return TopologyDocumentSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name,
    network: { client: "besu", consensus: "qbft", chainId: 1337 },
    regions: [{ id: "eastus", provider: "azure", region: "eastus", primary: true, cidr: "10.1.0.0/16" }],
    nodeGroups: [
      { id: "validators", regionId: "eastus", role: "validator", count: 4, deploymentType: "aks", vmSize: "Standard_D4s_v5" },
      { id: "bootnodes", regionId: "eastus", role: "bootnode", count: 1, deploymentType: "vm", vmSize: "Standard_D2s_v5" },
      { id: "rpc", regionId: "eastus", role: "rpc", name: "api", count: 1, deploymentType: "aks", vmSize: "Standard_D4s_v5" },
      { id: "members", regionId: "eastus", role: "member", count: 3, deploymentType: "aks", vmSize: "Standard_D2s_v5" },
    ],
  });
}

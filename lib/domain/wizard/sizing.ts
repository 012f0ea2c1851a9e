// Deployment types and VM sizes per role. "standard" is QDQ's production shape (Kubernetes for nodes, VMs for
// bootnodes); "economy" drops the per-region Kubernetes control-plane fees and uses smaller sizes, for
// when the standard shape is over budget. Every size is in the cost model's price lists.

import { equivalentDeploymentType } from "../cost";
import { DEFAULT_VM_SIZE } from "../qdq";
import type { DeploymentType, NodeRole, Provider } from "../schema";

export const SIZINGS = ["standard", "economy"] as const;
export type Sizing = (typeof SIZINGS)[number];

type WizardRole = Exclude<NodeRole, "archive">;

const STANDARD_TYPE: Record<WizardRole, DeploymentType> = { validator: "aks", bootnode: "vm", rpc: "aks", member: "aks" };

const ECONOMY_VM_SIZE: Record<Provider, Record<WizardRole, string>> = {
  azure: { validator: "Standard_D2s_v5", bootnode: "Standard_B2s", rpc: "Standard_D2s_v5", member: "Standard_B2s" },
  aws: { validator: "m6i.large", bootnode: "t3.medium", rpc: "m6i.large", member: "t3.medium" },
  gcp: { validator: "n2-standard-2", bootnode: "e2-medium", rpc: "n2-standard-2", member: "e2-medium" },
};

export function deploymentFor(sizing: Sizing, provider: Provider, role: WizardRole): { deploymentType: DeploymentType; vmSize: string } {
  const type = sizing === "standard" ? STANDARD_TYPE[role] : "vm";
  return {
    deploymentType: equivalentDeploymentType(type, provider),
    vmSize: sizing === "standard" ? DEFAULT_VM_SIZE[provider][role] : ECONOMY_VM_SIZE[provider][role],
  };
}

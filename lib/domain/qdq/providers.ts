// Provider-specific defaults: region keys, the deployment type each provider calls a given kind of
// compute, and instance sizes for roles that don't name one.

import {
  DEPLOYMENT_TYPES, DEPLOYMENT_TYPES_BY_PROVIDER, PROVIDERS, type DeploymentType, type LinkKind, type NodeRole, type Provider,
} from "../schema";
import { equivalentDeploymentType } from "../cost/deployment-equivalence";
import { describeValue, fail } from "./read-fields";

export interface RegionRefParts {
  provider: Provider;
  region: string;
}

/** `aws:us-east-1` or `gcp:europe-west1`; a bare name (`eastus`) is Azure, as in QDQ. */
export function parseQdqRegionKey(key: string, path: string): RegionRefParts {
  const trimmed = key.trim();
  if (!trimmed) fail(path, "a region name is empty");
  const colon = trimmed.indexOf(":");
  if (colon < 0) return { provider: "azure", region: checkRegionName(trimmed, path) };
  const prefix = trimmed.slice(0, colon).trim().toLowerCase();
  const provider = PROVIDERS.find((p) => p === prefix);
  if (!provider) {
    fail(path, `unknown provider prefix '${prefix}' in '${trimmed}' (expected ${PROVIDERS.join(", ")}, or no prefix for Azure)`);
  }
  return { provider, region: checkRegionName(trimmed.slice(colon + 1).trim(), path) };
}

function checkRegionName(name: string, path: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/.test(name)) {
    fail(path, `'${name}' is not a region name (letters, digits and '-', such as eastus or us-east-1)`);
  }
  return name.toLowerCase();
}

/** The key QDQ files use for a region: the bare name for Azure, `provider:region` otherwise. */
export function formatQdqRegionKey(provider: Provider, region: string): string {
  return provider === "azure" ? region : `${provider}:${region}`;
}

/** A document id for a region: QDQ's key, with the provider prefix joined by '-' (ids can't hold ':'). */
export function regionIdFor(provider: Provider, region: string): string {
  return provider === "azure" ? region : `${provider}-${region}`;
}

export { isDeploymentTypeOf } from "../schema";

/** QDQ's files say only that regions peer: within a cloud that is a peering, across clouds it can only be a VPN. */
export function usualLinkKind(a: Provider, b: Provider): LinkKind {
  return a === b ? "peering" : "vpn";
}

export function readDeploymentType(value: unknown, path: string): DeploymentType {
  const text = typeof value === "string" ? value.trim().toLowerCase() : undefined;
  const match = DEPLOYMENT_TYPES.find((t) => t === text);
  if (!match) fail(path, `unknown deployment type ${describeValue(value)} (expected one of ${DEPLOYMENT_TYPES.join(", ")})`);
  return match;
}

/** The same kind of compute on `provider`, so an Azure-typed QDQ setting such as `validators=aks` lands on EKS. */
export function deploymentTypeOn(provider: Provider, type: DeploymentType): DeploymentType {
  return equivalentDeploymentType(type, provider);
}

export function firstDeploymentType(provider: Provider): DeploymentType {
  return DEPLOYMENT_TYPES_BY_PROVIDER[provider][0];
}

/**
 * Sizes for roles that name none: general purpose, 4 vCPU for validators and RPC nodes, 2 vCPU for
 * bootnodes and members, memory-optimised 8 vCPU for archive nodes (they hold the full state history).
 */
export const DEFAULT_VM_SIZE: Readonly<Record<Provider, Readonly<Record<NodeRole, string>>>> = {
  azure: {
    validator: "Standard_D4s_v5", bootnode: "Standard_D2s_v5", rpc: "Standard_D4s_v5",
    archive: "Standard_E8s_v5", member: "Standard_D2s_v5",
  },
  aws: {
    validator: "m6i.xlarge", bootnode: "m6i.large", rpc: "m6i.xlarge", archive: "r6i.2xlarge", member: "m6i.large",
  },
  gcp: {
    validator: "n2-standard-4", bootnode: "n2-standard-2", rpc: "n2-standard-4", archive: "n2-highmem-8", member: "n2-standard-2",
  },
};

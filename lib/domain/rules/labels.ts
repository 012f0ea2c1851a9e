// How findings name things, so every message reads the same way.

import { PROVIDER_LABELS, type NodeGroup, type Region } from "../schema";

/** "Azure eastus", or "'primary' (Azure eastus)" when the document's id differs from the provider's name. */
export function regionName(region: Region): string {
  const where = `${PROVIDER_LABELS[region.provider]} ${region.region}`;
  return region.id === region.region ? where : `'${region.id}' (${where})`;
}

export function groupName(group: NodeGroup): string {
  return group.name ? `'${group.id}' (${group.name})` : `'${group.id}'`;
}

const ROLE_NOUNS: Record<NodeGroup["role"], [string, string]> = {
  validator: ["validator", "validators"],
  bootnode: ["bootnode", "bootnodes"],
  rpc: ["RPC node", "RPC nodes"],
  archive: ["archive node", "archive nodes"],
  member: ["member node", "member nodes"],
};

/** "1 bootnode", "3 RPC nodes". */
export function roleCount(role: NodeGroup["role"], count: number): string {
  const [one, many] = ROLE_NOUNS[role];
  return plural(count, one, many);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function listNames(names: string[], max = 4): string {
  if (names.length <= max) return names.join(", ");
  return `${names.slice(0, max).join(", ")} and ${names.length - max} more`;
}

export function formatMs(ms: number): string {
  return `${Math.round(ms)} ms`;
}

export function formatUsd(amount: number): string {
  return `$${Math.round(amount).toLocaleString("en-US")}/month`;
}

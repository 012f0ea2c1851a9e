// Node permissioning for the design's members marked "permissioned": such a node talks only to the nodes on
// its allowlist. Besu reads `nodes-allowlist` from permissions_config.toml (--permissions-nodes-config-file)
// and matches a peer by its enode id and the address it dials it at, so the list holds exactly the enode URLs
// the node dials (the same names as its static nodes); GoQuorum reads permissioned-nodes.json from its data
// directory (--permissioned) and matches by enode id.

import type { Client, NodeGroup } from "../schema";

export function enforcesNodePermissioning(group: NodeGroup): boolean {
  return group.role === "member" && group.memberType === "permissioned";
}

export const ALLOWLIST_FILE: Record<Client, string> = { besu: "permissions_config.toml", goquorum: "permissioned-nodes.json" };

/** The allowlist file's contents for `client`: the enode URLs the node may talk to. */
export function allowlistContents(client: Client, enodes: readonly string[]): string {
  if (client === "goquorum") return `${JSON.stringify(enodes, null, 2)}\n`;
  return `# Node allowlist (Besu local permissioning): the nodes this node may connect to.\nnodes-allowlist=[\n${enodes.map((e) => `  ${JSON.stringify(e)},`).join("\n")}\n]\n`;
}

// QDQ names one role many ways: `validators` in JSON, `rpc` in the DSL, `memberPrivate` in resolved placements.

import { MEMBER_TYPES, type MemberType, type NodeRole } from "../schema";

/** Lower-cased spellings QDQ uses for each role, in its JSON keys and its DSLs. */
const ROLE_ALIASES: Readonly<Record<string, NodeRole>> = {
  validators: "validator", validator: "validator",
  bootnodes: "bootnode", bootnode: "bootnode", boot: "bootnode",
  rpcnodes: "rpc", rpcnode: "rpc", rpc: "rpc",
  archivenodes: "archive", archivenode: "archive", archive: "archive",
  membernodes: "member", membernode: "member", members: "member", member: "member",
};

/** The names shown in error messages, in the DSL's own spelling. */
export const DSL_ROLE_NAMES = ["validators", "rpc", "boot", "archive", "member", "observer"] as const;

/**
 * QDQ's `observer` (its DSL) or `observers`/`observerNodes` (its files): a read-only full node that follows
 * the chain without validating. Meridian has no role for it; the closest is a standard RPC node (eth, web3,
 * net), so observers become an RPC group named "observer" and the import says so.
 */
export function isObserverAlias(name: string): boolean {
  return /^observer(s|nodes?)?$/i.test(name.trim());
}

export const OBSERVER_GROUP_NAME = "observer";

export function observerNote(path: string): string {
  return `${path}: QDQ's observer (a read-only full node that does not validate) has no role of its own in Meridian; imported as a standard RPC group named '${OBSERVER_GROUP_NAME}' (eth, web3, net)`;
}

export function roleFromAlias(name: string): NodeRole | undefined {
  return Object.hasOwn(ROLE_ALIASES, name.toLowerCase()) ? ROLE_ALIASES[name.toLowerCase()] : undefined;
}

/** The DSL name Meridian writes for a role (QDQ's distribution DSL spelling). */
export const DSL_ROLE_NAME: Readonly<Record<NodeRole, string>> = {
  validator: "validators",
  bootnode: "boot",
  rpc: "rpc",
  archive: "archive",
  member: "member",
};

/** The order roles are written in the DSLs, as QDQ's examples write them (validators=3+rpc=2+boot=1). */
export const DSL_ROLE_ORDER: readonly NodeRole[] = ["validator", "rpc", "bootnode", "archive", "member"];

/**
 * QDQ's resolved placements name member kinds as roles (`memberPrivate`); `memberAdmins` are
 * permissioned members that hold the permissioning admin keys.
 */
export function memberTypeFromPlacementKey(key: string): MemberType | undefined {
  const match = /^member(admins|permissioned|private|public)$/i.exec(key);
  if (!match) return undefined;
  const kind = match[1]!.toLowerCase();
  return kind === "admins" ? "permissioned" : (MEMBER_TYPES.find((t) => t === kind) ?? undefined);
}

/** QDQ's default counts (4 validators, 1 bootnode, 1 RPC node, 3 members), for placements with none. */
export const QDQ_DEFAULT_COUNTS: Readonly<Record<NodeRole, number>> = {
  validator: 4,
  bootnode: 1,
  rpc: 1,
  archive: 1,
  member: 3,
};

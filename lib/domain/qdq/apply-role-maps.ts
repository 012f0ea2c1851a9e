// QDQ's --azureSizeMap and --azureScaleMap set a value per role key: a role (validators, rpcNodes, rpc),
// a member kind (memberPrivate), an observer, or a subtype's own name (api from --rpcNodeTypes). The most
// specific key wins for each group; a key that matches nothing in the topology is reported, never dropped.

import { MEMBER_TYPES, type MemberType, type NodeRole } from "../schema";
import type { FlagEntry } from "./flag-dsls";
import type { PlannedGroup } from "./plan";
import { fail } from "./read-fields";
import { isObserverAlias, memberTypeFromPlacementKey, roleFromAlias } from "./roles";

type Selector =
  | { kind: "name"; name: string }
  | { kind: "observer" }
  | { kind: "member"; memberType: MemberType; name: string }
  | { kind: "role"; role: NodeRole };

/** How specific a selector is: a subtype's name beats a member kind or observer, which beats a role. */
const SPECIFICITY: Readonly<Record<Selector["kind"], number>> = { name: 3, observer: 2, member: 2, role: 1 };

function selectorOf(key: string): Selector {
  if (isObserverAlias(key)) return { kind: "observer" };
  const memberType = memberTypeFromPlacementKey(key);
  if (memberType) return { kind: "member", memberType, name: key };
  const role = roleFromAlias(key);
  if (role) return { kind: "role", role };
  return { kind: "name", name: key };
}

function memberTypeOf(g: PlannedGroup): MemberType | undefined {
  return g.memberType ?? MEMBER_TYPES.find((t) => t === g.name?.toLowerCase());
}

function matches(s: Selector, g: PlannedGroup): boolean {
  switch (s.kind) {
    case "name":
      return g.name === s.name;
    case "observer":
      return g.observer === true;
    case "member":
      // memberAdmins are permissioned members that hold the admin keys: matched by their name.
      return g.role === "member" && (g.name === s.name || (s.name !== "memberAdmins" && memberTypeOf(g) === s.memberType));
    case "role":
      return g.role === s.role;
  }
}

/**
 * Sets `field` on each group from the most specific entry that matches it. An entry naming a role with no
 * nodes here is a warning; one naming neither a role nor a subtype of this topology is refused.
 */
export function applyRoleMap<K extends "vmSize" | "scale">(
  groups: PlannedGroup[],
  entries: readonly FlagEntry<NonNullable<PlannedGroup[K]>>[],
  field: K,
  warnings: string[],
): void {
  const selectors = entries.map((e) => ({ entry: e, selector: selectorOf(e.key), matched: false }));
  for (const g of groups) {
    let best: (typeof selectors)[number] | undefined;
    for (const s of selectors) {
      if (!matches(s.selector, g)) continue;
      s.matched = true;
      if (!best || SPECIFICITY[s.selector.kind] > SPECIFICITY[best.selector.kind]) best = s;
    }
    // A value the input set on the group itself (a placement's vmSize) stands.
    if (best && g[field] === undefined) g[field] = best.entry.value;
  }
  for (const s of selectors) {
    if (s.matched) continue;
    if (s.selector.kind === "name") {
      fail(s.entry.source, `'${s.entry.key}' is neither a role (validators, bootNodes, rpcNodes, archiveNodes, memberAdmins, memberPermissioned, memberPrivate, memberPublic, observer) nor a subtype of this topology`);
    }
    warnings.push(`${s.entry.source}: this topology has no ${s.entry.key}, so the setting is unused`);
  }
}

// QDQ's --rpcNodeTypes (api:standard:2;trace:trace:1) and --memberNodeTypes (private:3;public:1) name the
// kinds of a role's nodes, while a distribution (eastus:rpc=2,westus2:rpc=1) says where the role's nodes run.
// Together, the kinds fill the distribution's places in order: api takes eastus's two, trace westus2's one.
// A distribution entry that already names a kind (rpc.api=2) takes that kind's type.

import type { MemberType, RpcType } from "../schema";
import type { NamedCount } from "./flag-dsls";
import type { PlannedGroup } from "./plan";
import { fail } from "./read-fields";

type Kind = NamedCount<RpcType> | NamedCount<MemberType>;

function typed(g: PlannedGroup, kind: Kind, count: number): PlannedGroup {
  const type = g.role === "rpc" ? { rpcType: kind.type as RpcType } : { memberType: kind.type as MemberType };
  return { ...g, name: kind.name, count, ...type, source: `${g.source} (${kind.source})` };
}

/**
 * The groups with `kinds` applied to those of `role`. Kinds no distribution entry takes go to `elsewhere`
 * (their placement, or the first region), with a warning; a count that cannot fill the places is refused.
 */
export function splitSubtypes(
  groups: readonly PlannedGroup[],
  role: "rpc" | "member",
  kinds: readonly Kind[],
  flag: string,
  elsewhere: (kind: Kind) => PlannedGroup[],
  warnings: string[],
): PlannedGroup[] {
  const ofRole = groups.filter((g) => g.role === role && !g.observer);
  const byName = new Map(kinds.map((k) => [k.name, k]));
  for (const kind of kinds) {
    const named = ofRole.filter((g) => g.name === kind.name).reduce((n, g) => n + g.count, 0);
    if (named > 0 && named !== kind.count) {
      warnings.push(`${kind.source}: the distribution has ${named} '${kind.name}' nodes; the distribution decides`);
    }
  }
  const remaining = kinds.filter((k) => !ofRole.some((g) => g.name === k.name));
  const places = ofRole.filter((g) => g.name === undefined);
  const placeCount = places.reduce((n, g) => n + g.count, 0);
  const kindCount = remaining.reduce((n, k) => n + k.count, 0);
  if (placeCount > 0 && remaining.length > 0 && placeCount !== kindCount) {
    fail(flag, `gives ${kindCount} ${role === "rpc" ? "RPC nodes" : "members"} (${remaining.map((k) => `${k.name} ${k.count}`).join(", ")}) but the distribution places ${placeCount}; make the two agree`);
  }

  const left = remaining.map((k) => ({ kind: k, count: k.count }));
  const out: PlannedGroup[] = [];
  for (const g of groups) {
    const kind = g.role === role && !g.observer && g.name !== undefined ? byName.get(g.name) : undefined;
    if (kind) out.push(typed(g, kind, g.count));
    else if (g.role === role && !g.observer && g.name === undefined && left.length > 0) out.push(...fill(g, left));
    else out.push(g);
  }
  if (placeCount === 0 && remaining.length > 0) {
    for (const kind of remaining) {
      const placed = elsewhere(kind);
      out.push(...placed);
    }
  }
  return out;
}

/** Takes the place's count from the kinds in order, splitting the place where a kind runs out. */
function fill(place: PlannedGroup, left: { kind: Kind; count: number }[]): PlannedGroup[] {
  const pieces: PlannedGroup[] = [];
  let need = place.count;
  while (need > 0 && left.length > 0) {
    const head = left[0]!;
    const take = Math.min(need, head.count);
    pieces.push(typed(place, head.kind, take));
    head.count -= take;
    need -= take;
    if (head.count === 0) left.shift();
  }
  return pieces;
}

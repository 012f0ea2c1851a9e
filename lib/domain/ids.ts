import type { TopologyDocument } from "./schema";

/** Every id in use (regions, node groups and links share one namespace). */
export function usedIds(doc: TopologyDocument): Set<string> {
  const ids = new Set<string>();
  for (const r of doc.regions) ids.add(r.id);
  for (const g of doc.nodeGroups) ids.add(g.id);
  for (const l of doc.links) ids.add(l.id);
  return ids;
}

/** `base`, or `base-2`, `base-3`... : the first not in `taken` (which it then claims). Stays a valid ElementId. */
export function freshId(base: string, taken: Set<string>): string {
  const stem = base.replace(/[^A-Za-z0-9_.-]/g, "-").replace(/^[^A-Za-z0-9]+/, "").slice(0, 56) || "item";
  let id = stem;
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
  taken.add(id);
  return id;
}

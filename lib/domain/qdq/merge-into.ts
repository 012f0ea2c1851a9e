// An imported design meets the open one. Replace takes the file's regions, node groups and links, and the
// settings it states; Merge adds the file's regions, groups and links beside the design's own (renaming ids
// that clash) and keeps the design's settings. Either way what the file does not speak about stays:
// compliance packs, operations (backup region and the rest), budget, tags, name, description, layout.

import { freshId, usedIds } from "../ids";
import { nextFreeSlash16, overlaps, parseCidr, type Ipv4Range } from "../net/ipv4";
import type { NetworkSettings, Region, TopologyDocument } from "../schema";
import type { StatedSettings } from "./plan";

export type ImportMode = "replace" | "merge";

export interface ImportedDesign {
  document: TopologyDocument;
  /** What the file stated; the rest of its document is defaults and must not overwrite the design. */
  stated: StatedSettings;
}

export interface MergeResult {
  document: TopologyDocument;
  /** What the user should know: ids renamed, address spaces moved, settings kept or dropped. One sentence each. */
  notes: string[];
}

export function mergeInto(current: TopologyDocument, imported: ImportedDesign, mode: ImportMode): MergeResult {
  return mode === "replace" ? replaceWith(current, imported) : mergeWith(current, imported);
}

function replaceWith(current: TopologyDocument, { document: file, stated }: ImportedDesign): MergeResult {
  const notes: string[] = [];
  const network: NetworkSettings = { ...current.network };
  const settable = network as Record<keyof NetworkSettings, unknown>;
  for (const field of stated.network) {
    if (file.network[field] === undefined) delete settable[field];
    else settable[field] = file.network[field];
  }
  const doc: TopologyDocument = {
    ...current,
    network,
    regions: structuredClone(file.regions),
    nodeGroups: structuredClone(file.nodeGroups),
    links: structuredClone(file.links),
    compliance: stated.compliance ? structuredClone(file.compliance) : current.compliance,
    operations: stated.operations ? structuredClone(file.operations) : current.operations,
    tags: stated.tags ? { ...current.tags, ...file.tags } : current.tags,
  };
  const budget = stated.budget ? file.budgetMonthlyUsd : current.budgetMonthlyUsd;
  if (budget === undefined) delete doc.budgetMonthlyUsd;
  else doc.budgetMonthlyUsd = budget;

  // Settings that point at a region follow it to the new document when the same place is there.
  const hub = followRegion(current, doc, doc.network.hubRegionId);
  if (hub.id !== undefined) doc.network.hubRegionId = hub.id;
  else if (doc.network.hubRegionId !== undefined) {
    delete doc.network.hubRegionId;
    if (doc.network.topology === "hub-spoke") notes.push(`The hub region ${hub.was} is not in the imported design; choose a hub again.`);
  }
  const backup = followRegion(current, doc, doc.operations.backupRegionId);
  if (backup.id !== undefined) doc.operations = { ...doc.operations, backupRegionId: backup.id };
  else if (doc.operations.backupRegionId !== undefined) {
    const { backupRegionId: _gone, ...rest } = doc.operations;
    doc.operations = rest;
    notes.push(`The backup region ${backup.was} is not in the imported design; choose a backup region again.`);
  }
  doc.layout = { positions: keepPositions(current.layout.positions, usedIds(doc)) };
  return { document: doc, notes };
}

/** The id, in `next`, of the region `id` named in `before`: the same id at the same place, else the same place. */
function followRegion(before: TopologyDocument, next: TopologyDocument, id: string | undefined): { id?: string; was: string } {
  if (id === undefined) return { was: "" };
  const old = before.regions.find((r) => r.id === id) ?? next.regions.find((r) => r.id === id);
  const was = old ? `'${old.id}' (${old.provider} ${old.region})` : `'${id}'`;
  if (!old) return { was };
  const samePlace = (r: Region) => r.provider === old.provider && r.region === old.region;
  const match = next.regions.find((r) => r.id === id && samePlace(r)) ?? next.regions.find(samePlace);
  return match ? { id: match.id, was } : { was };
}

function keepPositions<T>(positions: Readonly<Record<string, T>>, ids: ReadonlySet<string>): Record<string, T> {
  return Object.fromEntries(Object.entries(positions).filter(([id]) => ids.has(id)));
}

function mergeWith(current: TopologyDocument, { document: file, stated }: ImportedDesign): MergeResult {
  const notes: string[] = [];
  const taken = usedIds(current);
  const renamed: string[] = [];
  const idFor = new Map<string, string>();
  const claim = (id: string) => {
    const fresh = freshId(id, taken);
    if (fresh !== id) renamed.push(`${id} → ${fresh}`);
    idFor.set(id, fresh);
    return fresh;
  };

  const spaces: Ipv4Range[] = current.regions.flatMap((r) => parseCidr(r.cidr) ?? []);
  const hasPrimary = current.regions.some((r) => r.primary);
  const moved: string[] = [];
  const regions = file.regions.map((r) => {
    const id = claim(r.id);
    let cidr = r.cidr;
    const range = parseCidr(cidr);
    if (range && spaces.some((s) => overlaps(s, range))) {
      cidr = nextFreeSlash16(spaces) ?? cidr;
      moved.push(`${id} ${r.cidr} → ${cidr}`);
    }
    const assigned = parseCidr(cidr);
    if (assigned) spaces.push(assigned);
    return { ...r, id, cidr, primary: hasPrimary ? false : r.primary };
  });
  const nodeGroups = file.nodeGroups.map((g) => ({ ...g, id: claim(g.id), regionId: idFor.get(g.regionId) ?? g.regionId }));
  const links = file.links.map((l) => ({ ...l, id: claim(l.id), from: idFor.get(l.from) ?? l.from, to: idFor.get(l.to) ?? l.to }));

  if (renamed.length > 0) notes.push(`Renamed ids already in the design: ${renamed.join(", ")}.`);
  if (moved.length > 0) notes.push(`Moved address spaces that overlapped the design's: ${moved.join(", ")}.`);
  if (hasPrimary && file.regions.some((r) => r.primary)) notes.push("The design keeps its primary region; the file's is added as a secondary.");
  for (const field of stated.network) {
    const theirs = file.network[field];
    const ours = current.network[field];
    if (field === "hubRegionId" || theirs === undefined || theirs === ours) continue;
    notes.push(`The file sets ${field} to ${String(theirs)}; the design keeps ${String(ours)}.`);
  }
  const tags = stated.tags ? { ...file.tags, ...current.tags } : current.tags;
  const clashing = stated.tags ? Object.keys(file.tags).filter((k) => k in current.tags && current.tags[k] !== file.tags[k]) : [];
  if (clashing.length > 0) notes.push(`The design keeps its own value of the tag${clashing.length > 1 ? "s" : ""} ${clashing.join(", ")}.`);

  return {
    document: {
      ...current,
      regions: [...current.regions, ...regions],
      nodeGroups: [...current.nodeGroups, ...nodeGroups],
      links: [...current.links, ...links],
      tags,
    },
    notes,
  };
}

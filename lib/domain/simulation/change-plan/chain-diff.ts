// What a new version changes for the running chain, built on the structural diff: validators added, removed
// and moved (a group that changes region is removed there and added in the new region), other node groups
// added, removed and resized, configuration that needs nodes restarted or replaced, regions, links, and the
// network and operations settings. Changes the chain never sees (names, tags, layout) become notes.

import { canonicalJson } from "../../canonical";
import { fieldChanges, type FieldChange } from "../../diff/field-changes";
import { structuralDiff } from "../../diff/structural-diff";
import type { NodeGroup, TopologyDocument } from "../../schema";
import { nodeNames, slotsOf } from "./slots";
import type { ValidatorSlot } from "./types";

/** "restart": the node comes back with its data; "replace": a new machine or disk that syncs again. */
export type RestartKind = "restart" | "replace";

export interface GroupMove {
  readonly groupId: string;
  readonly role: NodeGroup["role"];
  readonly fromRegionId: string;
  readonly toRegionId: string;
}

export interface GroupResize {
  readonly group: NodeGroup;
  readonly countBefore: number;
}

export interface GroupReconfiguration {
  /** The group as the next version has it. */
  readonly group: NodeGroup;
  readonly fields: readonly string[];
  readonly kind: RestartKind;
  /** Nodes 1..running exist in both versions and take the change in place. */
  readonly running: number;
}

export interface ChainDiff {
  readonly validators: { readonly added: ValidatorSlot[]; readonly removed: ValidatorSlot[]; readonly moved: GroupMove[] };
  /** Non-validator groups, except `reconfigured`, which covers every role. */
  readonly nodeGroups: {
    readonly added: NodeGroup[];
    readonly removed: NodeGroup[];
    readonly moved: GroupMove[];
    readonly resized: GroupResize[];
    readonly reconfigured: GroupReconfiguration[];
  };
  readonly regions: { readonly added: string[]; readonly removed: string[]; readonly changed: { id: string; fields: string[] }[] };
  readonly links: { readonly added: string[]; readonly removed: string[]; readonly changed: string[] };
  /** Network and operations fields, with dotted paths ("network.blockPeriodSeconds"). */
  readonly settings: FieldChange[];
  /** The pre-funded accounts of block 0. */
  readonly genesisChanged: boolean;
  readonly notes: string[];
}

/** Fields a node takes without a restart: labels and the autoscaler's bounds. */
const NO_RESTART = /^(name|scale(\..*)?)$/;
/** A new platform or disk: the node starts again from an empty data directory. */
const REPLACE = /^(deploymentType|storage\.type)$/;
const STRUCTURAL = /^(id|count|regionId|role)$/;

export function chainDiff(from: TopologyDocument, to: TopologyDocument): ChainDiff {
  const diff = structuralDiff(from, to);
  const namesBefore = nodeNames(from);
  const namesAfter = nodeNames(to);
  const out: Omit<ChainDiff, "genesisChanged"> = {
    validators: { added: [], removed: [], moved: [] },
    nodeGroups: { added: [], removed: [], moved: [], resized: [], reconfigured: [] },
    regions: { added: [], removed: [], changed: [] },
    links: { added: [], removed: [], changed: [] },
    settings: [],
    notes: [],
  };
  const add = (g: NodeGroup) => (g.role === "validator" ? out.validators.added.push(...slotsOf(g, 1, g.count, namesAfter)) : out.nodeGroups.added.push(g));
  const remove = (g: NodeGroup) => (g.role === "validator" ? out.validators.removed.push(...slotsOf(g, 1, g.count, namesBefore).reverse()) : out.nodeGroups.removed.push(g));

  for (const d of diff.nodeGroups) {
    const a = d.before as NodeGroup | undefined;
    const b = d.after as NodeGroup | undefined;
    if (!a) add(b!);
    else if (!b) remove(a);
    else if (a.role !== b.role) {
      remove(a);
      add(b);
    } else if (a.regionId !== b.regionId) {
      remove(a);
      add(b);
      const move = { groupId: b.id, role: b.role, fromRegionId: a.regionId, toRegionId: b.regionId };
      (b.role === "validator" ? out.validators.moved : out.nodeGroups.moved).push(move);
    } else {
      resize(a, b);
      reconfigure(a, b, d.fields.map((f) => f.path));
    }
  }

  function resize(a: NodeGroup, b: NodeGroup) {
    if (a.count === b.count) return;
    if (b.role !== "validator") out.nodeGroups.resized.push({ group: b, countBefore: a.count });
    else if (b.count > a.count) out.validators.added.push(...slotsOf(b, a.count + 1, b.count, namesAfter));
    // Shrinking removes the highest ordinals first, as a StatefulSet scales down.
    else out.validators.removed.push(...slotsOf(a, b.count + 1, a.count, namesBefore).reverse());
  }

  function reconfigure(a: NodeGroup, b: NodeGroup, paths: string[]) {
    const fields = paths.filter((p) => !STRUCTURAL.test(p));
    const restarting = fields.filter((p) => !NO_RESTART.test(p));
    if (restarting.length > 0) {
      const kind: RestartKind = restarting.some((p) => REPLACE.test(p)) ? "replace" : "restart";
      out.nodeGroups.reconfigured.push({ group: b, fields: restarting, kind, running: Math.min(a.count, b.count) });
    }
    const quiet = fields.filter((p) => NO_RESTART.test(p));
    if (quiet.length > 0) out.notes.push(`Group '${b.id}': ${quiet.join(", ")} changed; nodes take it without a restart.`);
  }

  for (const d of diff.regions) {
    if (d.change === "added") out.regions.added.push(d.id);
    else if (d.change === "removed") out.regions.removed.push(d.id);
    else {
      const fields = d.fields.map((f) => f.path);
      const live = fields.filter((f) => f !== "primary");
      if (live.length > 0) out.regions.changed.push({ id: d.id, fields: live });
      if (fields.includes("primary")) out.notes.push(`Region '${d.id}': the primary flag changed; nothing runs differently.`);
    }
  }
  for (const d of diff.links) {
    (d.change === "added" ? out.links.added : d.change === "removed" ? out.links.removed : out.links.changed).push(d.id);
  }

  for (const s of diff.settings) {
    if (s.field === "network" || s.field === "operations") {
      out.settings.push(...fieldChanges(from[s.field], to[s.field], s.field));
    } else out.notes.push(`The ${s.field === "budgetMonthlyUsd" ? "budget" : s.field} changed; the running chain does not see it.`);
  }
  if (diff.layout) out.notes.push("The canvas layout changed; the running chain does not see it.");
  return { ...out, genesisChanged: canonicalJson(from.genesis?.alloc ?? {}) !== canonicalJson(to.genesis?.alloc ?? {}) };
}

/** Nothing in the diff touches the running chain. */
export function isEmptyForChain(d: ChainDiff): boolean {
  const lists = [
    d.validators.added, d.validators.removed, d.nodeGroups.added, d.nodeGroups.removed, d.nodeGroups.resized,
    d.nodeGroups.reconfigured, d.regions.added, d.regions.removed, d.regions.changed, d.links.added, d.links.removed,
    d.links.changed, d.settings,
  ];
  return !d.genesisChanged && lists.every((l) => l.length === 0);
}

// Seeded single edits of a document, made with immer as the designer makes them (untouched elements stay the
// same objects): the edits people make on the canvas and in the inspector, plus a few structural ones.

import { produce } from "immer";
import { CONSENSUS_ALGORITHMS, NETWORK_TOPOLOGIES, PROVIDERS, type TopologyDocument } from "../../schema";
import type { Picker } from "./random-design";

export const EDIT_KINDS = [
  "move-group", "change-count", "add-link", "remove-link", "rename-region", "network-settings",
  "add-group", "remove-group", "change-group-role", "move-region", "layout", "operations", "compliance", "budget-and-tags",
  "rename-group",
] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

export interface Edit {
  kind: EditKind;
  doc: TopologyDocument;
}

/** One edit of `doc` of the given kind (or a layout change when the document has nothing to apply it to). */
export function randomEdit(doc: TopologyDocument, kind: EditKind, p: Picker): Edit {
  const groups = doc.nodeGroups;
  const regions = doc.regions;
  const next = produce(doc, (d) => {
    switch (kind) {
      case "move-group": {
        if (groups.length === 0 || regions.length < 2) break;
        const g = d.nodeGroups[p.int(0, groups.length - 1)]!;
        g.regionId = p.pick(regions.filter((r) => r.id !== g.regionId)).id;
        return;
      }
      case "change-count": {
        if (groups.length === 0) break;
        const g = d.nodeGroups[p.int(0, groups.length - 1)]!;
        g.count = (g.count % 7) + 1;
        return;
      }
      case "add-link": {
        if (regions.length < 2) break;
        const from = p.pick(regions).id;
        const to = p.pick(regions.filter((r) => r.id !== from)).id;
        d.links.push({ id: `edit-link-${d.links.length}-${p.int(0, 1e6)}`, from, to, kind: p.pick(["peering", "vpn"] as const) });
        return;
      }
      case "remove-link": {
        if (d.links.length === 0) break;
        d.links.splice(p.int(0, d.links.length - 1), 1);
        return;
      }
      case "rename-region": {
        if (regions.length === 0) break;
        const r = d.regions[p.int(0, regions.length - 1)]!;
        const renamed = `${r.id}-renamed-${p.int(0, 1e6)}`;
        for (const g of d.nodeGroups) if (g.regionId === r.id) g.regionId = renamed;
        for (const l of d.links) {
          if (l.from === r.id) l.from = renamed;
          if (l.to === r.id) l.to = renamed;
        }
        if (d.network.hubRegionId === r.id) d.network.hubRegionId = renamed;
        if (d.operations.backupRegionId === r.id) d.operations.backupRegionId = renamed;
        r.id = renamed;
        return;
      }
      case "network-settings": {
        const n = d.network;
        const which = p.int(0, 3);
        if (which === 0) n.consensus = p.pick(CONSENSUS_ALGORITHMS);
        else if (which === 1) n.blockPeriodSeconds = p.pick([1, 2, 5, 10]);
        else if (which === 2) n.requestTimeoutSeconds = p.pick([1, 4, 10, 30]);
        else {
          n.topology = p.pick(NETWORK_TOPOLOGIES);
          if (n.topology === "hub-spoke" && regions.length > 0) n.hubRegionId = p.pick(regions).id;
        }
        return;
      }
      case "add-group": {
        if (regions.length === 0) break;
        const template = groups.length > 0 ? p.pick(groups) : undefined;
        const region = p.pick(regions);
        const at = p.chance(0.7) ? d.nodeGroups.length : p.int(0, d.nodeGroups.length);
        d.nodeGroups.splice(at, 0, {
          ...(template ?? { role: "validator", deploymentType: "aks", vmSize: "Standard_D4s_v5", storage: { type: "standard", sizeGB: 256 } }),
          id: `edit-group-${p.int(0, 1e6)}`, regionId: region.id, count: p.int(1, 4),
        } as TopologyDocument["nodeGroups"][number]);
        return;
      }
      case "remove-group": {
        if (groups.length === 0) break;
        d.nodeGroups.splice(p.chance(0.5) ? groups.length - 1 : p.int(0, groups.length - 1), 1);
        return;
      }
      case "change-group-role": {
        if (groups.length === 0) break;
        const i = p.int(0, groups.length - 1);
        const g = groups[i]!;
        const role = p.pick(["validator", "bootnode", "archive"] as const);
        d.nodeGroups[i] = { id: g.id, regionId: g.regionId, count: g.count, deploymentType: g.deploymentType, vmSize: g.vmSize, storage: g.storage, role };
        return;
      }
      case "move-region": {
        if (regions.length === 0) break;
        const r = d.regions[p.int(0, regions.length - 1)]!;
        if (p.chance(0.5)) r.primary = !r.primary;
        else {
          r.provider = p.pick(PROVIDERS);
          r.region = p.pick({ azure: ["westeurope", "eastus", "usgovvirginia"], aws: ["eu-west-1", "us-east-1"], gcp: ["europe-west1", "us-central1"] }[r.provider]);
        }
        return;
      }
      case "operations": {
        d.operations.monitoring = !d.operations.monitoring;
        if (regions.length > 0 && p.chance(0.5)) d.operations.backupRegionId = p.pick(regions).id;
        return;
      }
      case "compliance": {
        d.compliance.packs = (["gdpr", "hipaa", "soc2"] as const).filter(() => p.chance(0.5));
        return;
      }
      case "budget-and-tags": {
        d.budgetMonthlyUsd = p.pick([1_000, 10_000, 100_000]);
        d.tags = p.chance(0.5) ? { "cost-center": "42", owner: "team" } : { CostCenter: "7" };
        return;
      }
      case "rename-group": {
        // Often to an id a fix would have proposed for a new group or link, which that fix must then avoid.
        if (groups.length === 0 || regions.length === 0) break;
        const [a, b] = [p.pick(regions).id, p.pick(regions).id];
        const id = p.pick([`validators-${a}`, `bootnodes-${a}`, `${a}-${b}`, `renamed-${p.int(0, 1e6)}`]);
        if (groups.some((g) => g.id === id) || regions.some((r) => r.id === id) || doc.links.some((l) => l.id === id)) break;
        d.nodeGroups[p.int(0, groups.length - 1)]!.id = id;
        return;
      }
      case "layout":
        break;
    }
    const id = regions[0]?.id ?? "canvas";
    d.layout.positions[id] = { x: p.int(0, 500), y: p.int(0, 500) };
  });
  return { kind, doc: next };
}

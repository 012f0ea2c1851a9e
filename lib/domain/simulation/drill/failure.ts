// What a drill's failure takes away: which validators stop, and what the connectivity model loses (regions
// for a region or cloud, one VPN or peering for a link). A region failure takes every document region in
// that cloud region, as the failure-domain analysis does.

import { PROVIDER_LABELS, type Link } from "../../schema";
import type { SimulationNetwork } from "../network";
import type { DrillFailure } from "./types";

export class DrillError extends Error {
  override name = "DrillError";
}

export interface ResolvedFailure {
  readonly label: string;
  /** 1 for every validator the failure stops (crashes). A link stops none. */
  readonly down: Uint8Array;
  readonly validatorsDown: number;
  /** Document regions lost (per region index), for the connectivity model; absent for links and validators. */
  readonly lostRegions?: Uint8Array;
  /** The connectivity model's id of the link (VPN) lost. */
  readonly linkId?: string;
  readonly regionIds: readonly string[];
}

/**
 * `dueFirst(count)` gives the validators due to propose first from the failure on (for `validators` without
 * a region). Throws DrillError when the failure names nothing in this design.
 */
export function resolveFailure(
  network: SimulationNetwork,
  links: readonly Link[],
  failure: DrillFailure,
  dueFirst: (count: number) => readonly number[],
): ResolvedFailure {
  const n = network.validators.length;
  const down = new Uint8Array(n);
  switch (failure.kind) {
    case "region":
    case "provider": {
      const hit = network.regions.filter((r) => (failure.kind === "region" ? r.key === failure.regionKey : r.provider === failure.provider));
      if (hit.length === 0) {
        const known = failure.kind === "region" ? [...new Set(network.regions.map((r) => r.key))] : [...new Set(network.regions.map((r) => r.provider))];
        const what = failure.kind === "region" ? failure.regionKey : failure.provider;
        throw new DrillError(`This design has no ${failure.kind} ${what}; it has ${known.join(", ") || "none"}.`);
      }
      const lostRegions = new Uint8Array(network.regions.length);
      for (const r of hit) lostRegions[r.index] = 1;
      for (const v of network.validators) if (lostRegions[v.regionIndex]) down[v.index] = 1;
      const ids = hit.map((r) => r.id);
      const label = failure.kind === "region"
        ? `${PROVIDER_LABELS[hit[0]!.provider]} ${failure.regionKey.slice(failure.regionKey.indexOf(":") + 1)} (${ids.map((id) => `'${id}'`).join(", ")})`
        : PROVIDER_LABELS[failure.provider];
      return { label, down, validatorsDown: count(down), lostRegions, regionIds: ids };
    }
    case "link": {
      const index = links.findIndex((l) => l.id === failure.linkId);
      if (index < 0) throw new DrillError(`This design has no link '${failure.linkId}'; it has ${links.map((l) => `'${l.id}'`).join(", ") || "none"}.`);
      const link = links[index]!;
      const model = network.connectivity;
      const crossing = model.crossings.find((c) => c.linkIndexes.includes(index));
      const direct = model.directLinks.find((d) => d.linkIndex === index);
      const carried = crossing?.id ?? direct?.id;
      const label = `link '${link.id}' (${link.from} - ${link.to})${carried === undefined ? ", which carries no path of its own" : ""}`;
      return { label, down, validatorsDown: 0, ...(carried !== undefined ? { linkId: carried } : {}), regionIds: [link.from, link.to] };
    }
    case "validators": {
      if (!Number.isInteger(failure.count) || failure.count < 1) throw new DrillError(`A validator failure needs a count of at least 1, not ${failure.count}.`);
      let chosen: readonly number[];
      if (failure.regionId !== undefined) {
        const region = network.regions.find((r) => r.id === failure.regionId);
        if (!region) throw new DrillError(`This design has no region '${failure.regionId}'.`);
        const inRegion = network.validators.filter((v) => v.regionIndex === region.index).map((v) => v.index);
        if (inRegion.length < failure.count) throw new DrillError(`Region '${region.id}' holds ${inRegion.length} validators, fewer than ${failure.count}.`);
        chosen = inRegion.slice(0, failure.count);
      } else {
        if (n < failure.count) throw new DrillError(`The design has ${n} validators, fewer than ${failure.count}.`);
        chosen = dueFirst(failure.count);
      }
      for (const v of chosen) down[v] = 1;
      const regionIds = [...new Set(chosen.map((v) => network.validators[v]!.regionId))];
      const where = failure.regionId !== undefined ? ` in '${failure.regionId}'` : ` (the next to propose, in ${regionIds.map((id) => `'${id}'`).join(", ")})`;
      return { label: `${failure.count} validator${failure.count === 1 ? "" : "s"}${where}`, down, validatorsDown: chosen.length, regionIds };
    }
  }
}

function count(flags: Uint8Array): number {
  let total = 0;
  for (const flag of flags) total += flag;
  return total;
}

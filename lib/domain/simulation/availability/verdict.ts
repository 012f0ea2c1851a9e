// Does the chain stop producing blocks when these events have failed? The rule is the failure-domain
// analysis's: the validators that remain and can still exchange messages must reach the quorum. Any number
// of VPNs may be down at once: the failed crossings are taken out of a copy of the connectivity model, since
// an Outage names at most one link.
//
// The verdict is monotone (more failures never bring a quorum back: they only remove regions and paths),
// which lets the enumeration and the sampler skip whatever a smaller failed set already decides.
//
// Most failed sets cut no path. With everything up, the groups that exchange messages are formed by the
// clouds' own networks plus a few VPNs that join what nothing before them joined (`joiningLinks`); every
// other VPN is redundant. While no Virtual WAN hub is lost and none of those joining VPNs is down (itself or
// through a gateway's region), every path of the all-up groups survives, so the groups are the all-up ones
// less what was lost, and the verdict is a subtraction of per-event losses worked out once. Anything else is
// computed in full (and cached), as is Raft, whose leader needs a direct path to each follower.

import { validatorConnectivity, validatorGroups } from "../../consensus";
import { joiningLinks, type ConnectivityModel } from "../../net/connectivity";
import type { Consensus } from "../../schema";
import type { EventEffect } from "./types";

export interface HaltCheck {
  /** Whether the chain halts with exactly these events (indexes, ascending) down. Full computations are cached unless `once`. */
  halts(failed: readonly number[], once?: boolean): boolean;
  /** Failed sets computed in full so far. */
  readonly evaluated: number;
}

/** Per event: whether it can cut a path, and the validators it takes from each all-up group. */
interface EventLoss {
  cutsPaths: boolean;
  groups: number[];
  validators: number[];
  /** Events whose regions include all of this one's (a cloud holding this region): when one of them is down too, this adds nothing. */
  coveredBy: number[];
}

function eventLosses(
  model: ConnectivityModel,
  validators: readonly number[],
  effects: readonly EventEffect[],
  baseGroups: Int32Array | undefined,
): EventLoss[] {
  const joining = joiningLinks(model, (i) => validators[i]! > 0);
  const carriesPaths = new Uint8Array(model.regionCount);
  for (const f of model.fabrics) if (f.hub !== undefined) carriesPaths[f.hub] = 1;
  for (const c of model.crossings) if (joining.has(c.id)) carriesPaths[c.gateways[0]] = carriesPaths[c.gateways[1]] = 1;

  const containing: number[][] = Array.from({ length: model.regionCount }, () => []);
  effects.forEach((effect, e) => effect.regions.forEach((r) => containing[r]!.push(e)));
  return effects.map((effect, e) => {
    const byGroup = new Map<number, number>();
    for (const r of effect.regions) {
      const g = baseGroups?.[r] ?? -1;
      if (validators[r]! > 0 && g >= 0) byGroup.set(g, (byGroup.get(g) ?? 0) + validators[r]!);
    }
    const own = new Set(effect.regions);
    const first = effect.regions[0];
    const coveredBy = first === undefined ? [] : containing[first]!.filter((f) => {
      if (f === e) return false;
      const other = effects[f]!.regions;
      // Equal sets (a cloud with one region): the earlier event counts, the later is covered.
      if (other.length === own.size && f > e) return false;
      return other.length >= own.size && effect.regions.every((r) => other.includes(r));
    });
    return {
      cutsPaths: effect.regions.some((r) => carriesPaths[r] === 1) || (effect.crossing !== undefined && joining.has(effect.crossing)),
      groups: [...byGroup.keys()],
      validators: [...byGroup.values()],
      coveredBy,
    };
  });
}

export function createHaltCheck(
  model: ConnectivityModel,
  consensus: Consensus,
  validators: readonly number[],
  quorum: number,
  effects: readonly EventEffect[],
): HaltCheck {
  const total = validators.reduce((a, b) => a + b, 0);
  const cache = new Map<string, boolean>();
  let evaluated = 0;
  const lost = new Uint8Array(model.regionCount);

  const baseGroups = consensus === "raft" ? undefined : validatorGroups(model, validators);
  const losses = eventLosses(model, validators, effects, baseGroups);
  const groupSum = new Float64Array(model.regionCount);
  const roots: number[] = [];
  if (baseGroups) {
    for (let i = 0; i < model.regionCount; i++) {
      const g = baseGroups[i]!;
      if (g < 0 || validators[i] === 0) continue;
      if (groupSum[g] === 0) roots.push(g);
      groupSum[g] = groupSum[g]! + validators[i]!;
    }
  }
  const lostInGroup = new Float64Array(model.regionCount);
  const isDown = new Uint8Array(effects.length);

  /** The all-up groups less what the failed events take; undefined when a path may be cut. */
  const bySubtraction = (failed: readonly number[]): boolean | undefined => {
    if (!baseGroups) return undefined;
    for (const e of failed) if (losses[e]!.cutsPaths) return undefined;
    for (const e of failed) isDown[e] = 1;
    let left = total;
    for (const e of failed) {
      const loss = losses[e]!;
      if (loss.coveredBy.some((f) => isDown[f] === 1)) continue;
      for (let j = 0; j < loss.groups.length; j++) {
        const g = loss.groups[j]!;
        lostInGroup[g] = lostInGroup[g]! + loss.validators[j]!;
        left -= loss.validators[j]!;
      }
    }
    for (const e of failed) isDown[e] = 0;
    let connected = 0;
    for (const g of roots) {
      connected = Math.max(connected, groupSum[g]! - lostInGroup[g]!);
      lostInGroup[g] = 0;
    }
    return left < quorum || connected < quorum;
  };

  const inFull = (failed: readonly number[]): boolean => {
    evaluated++;
    lost.fill(0);
    const downCrossings = new Set<string>();
    for (const e of failed) {
      const effect = effects[e]!;
      for (const r of effect.regions) lost[r] = 1;
      if (effect.crossing !== undefined) downCrossings.add(effect.crossing);
    }
    const view = downCrossings.size === 0 ? model : { ...model, crossings: model.crossings.filter((c) => !downCrossings.has(c.id)) };
    return validatorConnectivity(view, consensus, validators, { lost }).connected < quorum;
  };

  return {
    halts(failed, once = false) {
      if (total === 0) return true;
      const quick = bySubtraction(failed);
      if (quick !== undefined) return quick;
      if (once) return inFull(failed);
      const key = failed.join(",");
      let verdict = cache.get(key);
      if (verdict === undefined) {
        verdict = inFull(failed);
        cache.set(key, verdict);
      }
      return verdict;
    },
    get evaluated() {
      return evaluated;
    },
  };
}

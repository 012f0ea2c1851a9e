// planChange: from the deployed version to the next, the ordered steps that keep the chain producing blocks.
// Order: networks, the genesis transition (if any), allowlists, new nodes (validators as plain nodes), votes in
// one at a time, restarts region by region within the tolerance, votes out one at a time, stopping what left,
// teardown. Refused changes (a new genesis, a migration) give a plan with no steps and the reasons.

import type { TopologyDocument } from "../../schema";
import { chainDiff, isEmptyForChain, type ChainDiff } from "./chain-diff";
import { validatorApi } from "./consensus-api";
import { createContext, haltReason } from "./context";
import { refusalsOf } from "./refusals";
import { placeholdersIn } from "./rpc";
import { createSimulator } from "./simulator";
import { validatorSlots } from "./slots";
import { stepThrough } from "./step-through";
import { buildNetworks, tearDownNetworks } from "./steps/network";
import { decommission, deployOtherNodes, deployValidators, updateAllowlists } from "./steps/nodes";
import { restartRegionByRegion } from "./steps/restarts";
import { prepareTransition, verifyTransition } from "./steps/transition";
import { voteIn, voteOut } from "./steps/votes";
import { timingChanges } from "./timing";
import type { ChangePlan, Refusal, ValidatorSlot } from "./types";

/** Settings the steps act on; any other changed setting is listed as a note. */
const ACTED_ON = new Set([
  "network.chainId", "network.client", "network.consensus", "network.blockPeriodSeconds", "network.requestTimeoutSeconds",
  "network.topology", "network.hubRegionId", "network.crossRegionLatency", "operations.encryptionAtRest",
]);

function settingNotes(diff: ChainDiff): string[] {
  const show = (v: unknown) => (v === undefined ? "unset" : JSON.stringify(v));
  return diff.settings
    .filter((s) => !ACTED_ON.has(s.path))
    .map((s) => `${s.path} changed (${show(s.before)} -> ${show(s.after)}); no node restarts for it.`);
}

export function planChange(from: TopologyDocument, to: TopologyDocument): ChangePlan {
  const diff = chainDiff(from, to);
  const timing = timingChanges(from, to);
  const api = validatorApi(to.network.client, to.network.consensus);
  const slots = uniqueSlots([...validatorSlots(from), ...diff.validators.added]);
  const refusals: Refusal[] = [...refusalsOf(from, to, diff), ...timing.refusals];
  const base = {
    from, to, consensus: from.network.consensus, slots,
    notes: [...diff.notes, ...timing.notes, ...settingNotes(diff)],
  };
  const start = createSimulator(from, to, slots).current();
  if (!start.producing) refusals.push({ what: "the deployed version", reason: `It does not produce blocks as designed, so no plan can keep it producing. ${haltReason(start)}` });
  if (refusals.length > 0 || !api || isEmptyForChain(diff)) {
    return { ...base, feasible: refusals.length === 0 && api !== undefined, refusals, start, steps: [], placeholders: [], sources: api ? [api.source] : [] };
  }

  const ctx = createContext(from, to, diff, api, slots);
  buildNetworks(ctx);
  if (timing.transition) prepareTransition(ctx, timing.transition);
  updateAllowlists(ctx, "before");
  deployOtherNodes(ctx);
  deployValidators(ctx);
  voteIn(ctx);
  restartRegionByRegion(ctx, timing.transition);
  if (timing.transition) verifyTransition(ctx, timing.transition);
  voteOut(ctx);
  decommission(ctx);
  updateAllowlists(ctx, "after");
  tearDownNetworks(ctx);

  const replay = stepThrough({ from, to, slots, steps: ctx.steps });
  const steps = ctx.steps.map((step, i) => ({ ...step, during: replay.steps[i]!.during, after: replay.steps[i]!.after }));
  return {
    ...base,
    feasible: ctx.refusals.length === 0 && replay.producingThroughout,
    refusals: ctx.refusals,
    start: replay.start,
    steps,
    placeholders: placeholdersIn(JSON.stringify(steps)),
    sources: dedupe([api.source, ...ctx.sources]),
  };
}

function uniqueSlots(slots: ValidatorSlot[]): ValidatorSlot[] {
  const seen = new Set<string>();
  return slots.filter((s) => !seen.has(s.key) && (seen.add(s.key), true));
}

function dedupe<T extends { url: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((s) => !seen.has(s.url) && (seen.add(s.url), true));
}

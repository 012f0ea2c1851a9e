// The planner's working state: steps appended in order, each applied to the fleet simulator as it is added so
// later choices (which validator to vote next, how many to restart at once) see the chain as it will be.

import type { TopologyDocument } from "../../schema";
import type { Source } from "../../support";
import type { ChainDiff } from "./chain-diff";
import type { ValidatorApi } from "./consensus-api";
import { createSimulator, type FleetSimulator } from "./simulator";
import type { ChainState, ChangeStep, Refusal, ValidatorSlot } from "./types";

export type DraftStep = Omit<ChangeStep, "during" | "after">;

export interface PlanContext {
  readonly from: TopologyDocument;
  readonly to: TopologyDocument;
  readonly diff: ChainDiff;
  readonly api: ValidatorApi;
  readonly sim: FleetSimulator;
  readonly slots: readonly ValidatorSlot[];
  readonly slotByKey: ReadonlyMap<string, ValidatorSlot>;
  readonly steps: DraftStep[];
  readonly refusals: Refusal[];
  readonly sources: Source[];
  /** Appends a step and applies it; a step that would stop block production is refused with the numbers. */
  push(step: DraftStep): void;
  /** Validators in the set and online, in slot order. */
  active(): ValidatorSlot[];
}

export function createContext(from: TopologyDocument, to: TopologyDocument, diff: ChainDiff, api: ValidatorApi, slots: readonly ValidatorSlot[]): PlanContext {
  const sim = createSimulator(from, to, slots);
  const slotByKey = new Map(slots.map((s) => [s.key, s]));
  const ctx: PlanContext = {
    from, to, diff, api, sim, slots, slotByKey, steps: [], refusals: [], sources: [],
    push(step) {
      const { during, after } = sim.apply(step.effects);
      ctx.steps.push(step);
      const halted = !during.producing ? during : !after.producing ? after : undefined;
      if (halted) ctx.refusals.push({ what: `step ${ctx.steps.length}: ${step.title}`, reason: haltReason(halted) });
    },
    active: () => sim.activeValidators().map((k) => slotByKey.get(k)!),
  };
  return ctx;
}

export function haltReason(s: ChainState): string {
  if (s.validatorsInSet === 0) return "No validators would be left in the set: the chain stops.";
  const cut = s.validatorsConnected < s.validatorsOnline ? `, of which at most ${s.validatorsConnected} can reach each other` : "";
  return `Blocks would stop: ${s.validatorsOnline} of ${s.validatorsInSet} validators online${cut}; quorum needs ${s.quorum}.`;
}

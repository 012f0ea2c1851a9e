// Replays a plan's steps on the deployed network and reports the chain after each: validators in the set,
// online and connected, the quorum, and whether blocks are produced, during the step and once it is done.

import { createSimulator } from "./simulator";
import type { ChainState, ChangeStep, ChangePlan } from "./types";

export interface SteppedState {
  /** 1-based, as the runbook numbers steps. */
  readonly number: number;
  readonly title: string;
  readonly during: ChainState;
  readonly after: ChainState;
}

export interface StepThrough {
  readonly start: ChainState;
  readonly steps: readonly SteppedState[];
  /** Blocks are produced at the start, during every step and after it. */
  readonly producingThroughout: boolean;
  /** The first step during or after which blocks stop, if any. */
  readonly firstHalt?: number;
}

type Replayable = Pick<ChangePlan, "from" | "to" | "slots"> & { readonly steps: readonly Pick<ChangeStep, "title" | "effects">[] };

export function stepThrough(plan: Replayable): StepThrough {
  const sim = createSimulator(plan.from, plan.to, plan.slots);
  const start = sim.current();
  const steps = plan.steps.map((step, i) => ({ number: i + 1, title: step.title, ...sim.apply(step.effects) }));
  const halted = steps.find((s) => !s.during.producing || !s.after.producing);
  return {
    start,
    steps,
    producingThroughout: start.producing && halted === undefined,
    ...(halted ? { firstHalt: halted.number } : {}),
  };
}

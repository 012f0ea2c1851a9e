// computeAvailability: the chance a design's chain can produce blocks at a random moment, and the expected
// minutes a year it cannot, from the published SLAs of what it runs on and its failure-domain structure.
// Exact enumeration up to `maxExactEvents` events, Monte Carlo above (see monte-carlo.ts), both seeded and
// repeatable. A cancelled run throws AvailabilityCancelledError: a partial sum is no answer.
// `computeAvailabilityAsync` is the same computation, pausing between chunks of trials so a Web Worker can
// take a cancel message in between.

import { classifyFromCatalog, quorumSize, validatorsPerRegion } from "../../consensus";
import { buildConnectivity } from "../../net/connectivity";
import type { TopologyDocument } from "../../schema";
import { createRandom } from "../random";
import { MINUTES_PER_YEAR, describeAssumptions } from "./assumptions";
import { buildFailureEvents, type EventSet } from "./events";
import { enumerateExactly } from "./exact";
import { startMonteCarlo, type MonteCarloRun, type SampledOutcome } from "./monte-carlo";
import { AvailabilityCancelledError, type AvailabilityOptions, type AvailabilityResult, type FailureEvent, type MostLikelyOutage } from "./types";
import { createHaltCheck, type HaltCheck } from "./verdict";

export const DEFAULT_SEED = 1;
export const DEFAULT_TRIALS = 1_000_000;
export { PRODUCT_AVAILABILITY_TRIALS } from "./trials";
export const DEFAULT_MAX_EXACT_EVENTS = 20;
const TRIALS_PER_CHUNK = 16_384;

interface Prepared {
  doc: TopologyDocument;
  options: AvailabilityOptions;
  validators: number;
  quorum: number;
  eventSet: EventSet;
  availability: number[];
  check: HaltCheck;
  maxExactEvents: number;
  trials: number;
  seed: number;
}

function prepare(doc: TopologyDocument, options: AvailabilityOptions): Prepared {
  const trials = options.trials ?? DEFAULT_TRIALS;
  const maxExactEvents = options.maxExactEvents ?? DEFAULT_MAX_EXACT_EVENTS;
  if (!Number.isInteger(trials) || trials < 1) throw new RangeError(`trials must be a positive whole number, got ${trials}.`);
  if (!Number.isInteger(maxExactEvents) || maxExactEvents < 0) throw new RangeError(`maxExactEvents must be a whole number, got ${maxExactEvents}.`);
  const consensus = doc.network.consensus;
  const model = buildConnectivity(doc, classifyFromCatalog);
  const perRegion = validatorsPerRegion(doc);
  const validators = perRegion.reduce((a, b) => a + b, 0);
  const quorum = quorumSize(consensus, validators);
  const eventSet = buildFailureEvents(doc, model, perRegion, options);
  const check = createHaltCheck(model, consensus, perRegion, quorum, eventSet.effects);
  return {
    doc, options, validators, quorum, eventSet, check, maxExactEvents, trials,
    availability: eventSet.events.map((e) => e.availabilityProbability),
    seed: createRandom(options.seed ?? DEFAULT_SEED).seed,
  };
}

/** Exact when the events are few enough, or when the chain halts with nothing down (every combination halts). */
function isExact(p: Prepared): boolean {
  return p.availability.length <= p.maxExactEvents || p.check.halts([]);
}

function outageOf(events: readonly FailureEvent[], failed: readonly number[], stateProbability: number, unavailability: number): MostLikelyOutage {
  const names = failed.map((i) => events[i]!.label);
  const list = names.length <= 1 ? (names[0] ?? "nothing") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  return {
    eventIds: failed.map((i) => events[i]!.id),
    label: `${list} down, everything else up`,
    stateProbability,
    shareOfDowntime: unavailability > 0 ? Math.min(1, stateProbability / unavailability) : 0,
  };
}

function result(p: Prepared, unavailability: number, mostLikely: { failed: number[]; stateProbability: number } | undefined, sampled?: SampledOutcome): AvailabilityResult {
  const { events, leftOut } = p.eventSet;
  const method = sampled ? "monte-carlo" : "exact";
  const base: AvailabilityResult = {
    method,
    probability: 1 - unavailability,
    downtimeMinutesPerYear: unavailability * MINUTES_PER_YEAR,
    validators: p.validators,
    quorum: p.quorum,
    events,
    assumptions: describeAssumptions({
      consensus: p.doc.network.consensus, validators: p.validators, quorum: p.quorum, events, leftOut,
      includeLinks: p.options.includeLinks !== false, maxExactEvents: p.maxExactEvents, method, seed: p.seed, sampled,
      haltsWithEverythingUp: p.check.halts([]),
    }),
    evaluatedStates: p.check.evaluated,
  };
  if (mostLikely && mostLikely.failed.length > 0 && unavailability > 0) base.mostLikelyOutage = outageOf(events, mostLikely.failed, mostLikely.stateProbability, unavailability);
  if (!sampled) return base;
  return {
    ...base,
    confidence95: { low: 1 - sampled.interval.high, high: 1 - sampled.interval.low },
    downtimeMinutesPerYearConfidence95: { low: sampled.interval.low * MINUTES_PER_YEAR, high: sampled.interval.high * MINUTES_PER_YEAR },
    seed: p.seed,
    trials: sampled.trials,
  };
}

function exactResult(p: Prepared): AvailabilityResult {
  const outcome = enumerateExactly(p.availability, p.check, p.options);
  return result(p, outcome.unavailability, outcome.mostLikely);
}

function sampledResult(p: Prepared, run: MonteCarloRun): AvailabilityResult {
  const outcome = run.outcome();
  return result(p, outcome.unavailability, outcome.mostLikely, outcome);
}

/** Runs one chunk of trials, after checking for a stop; whether trials remain. */
function runChunk(p: Prepared, run: MonteCarloRun): boolean {
  if (p.options.shouldStop?.()) throw new AvailabilityCancelledError(run.done, p.trials);
  run.step(Math.min(TRIALS_PER_CHUNK, p.trials - run.done));
  p.options.onProgress?.(run.done, p.trials);
  return run.done < p.trials;
}

export function computeAvailability(doc: TopologyDocument, options: AvailabilityOptions = {}): AvailabilityResult {
  const p = prepare(doc, options);
  if (isExact(p)) return exactResult(p);
  const run = startMonteCarlo(p.availability, p.check, createRandom(p.seed));
  while (runChunk(p, run));
  return sampledResult(p, run);
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The same answer as computeAvailability, yielding to the event loop between chunks (`pause`, default a 0 ms timer). */
export async function computeAvailabilityAsync(
  doc: TopologyDocument,
  options: AvailabilityOptions & { pause?: () => Promise<void> } = {},
): Promise<AvailabilityResult> {
  const p = prepare(doc, options);
  if (isExact(p)) return exactResult(p);
  const run = startMonteCarlo(p.availability, p.check, createRandom(p.seed));
  const pause = options.pause ?? nextTask;
  while (runChunk(p, run)) await pause();
  return sampledResult(p, run);
}

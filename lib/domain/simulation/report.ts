// The simulation as one document: what `meridian simulate --format json` prints and the designer can download.
// Times are rounded to 0.1 ms and minutes to 0.01 for reading; probabilities keep full precision, because the
// interesting digits of 0.99995 are the last ones.

import { CONSENSUS_LABELS } from "../consensus/quorum";
import type { TopologyDocument } from "../schema";
import type { AvailabilityResult } from "./availability";
import type { DrillResult } from "./drill";
import type { TimingResult } from "./timing";

export interface SimulationReportInput {
  doc: TopologyDocument;
  seed: number;
  timing: TimingResult;
  drill?: DrillResult;
  availability: AvailabilityResult;
}

const tenth = (ms: number) => Math.round(ms * 10) / 10;
const hundredth = (minutes: number) => Math.round(minutes * 100) / 100;

export function simulationReport({ doc, seed, timing, drill, availability }: SimulationReportInput) {
  return {
    design: {
      name: doc.name,
      consensus: doc.network.consensus,
      consensusLabel: CONSENSUS_LABELS[doc.network.consensus],
      // The timing run counted them already, from the same network every part of the simulation builds.
      validators: timing.validators,
      quorum: timing.quorum,
      blockPeriodMs: doc.network.blockPeriodSeconds * 1000,
      requestTimeoutMs: doc.network.requestTimeoutSeconds * 1000,
    },
    seed,
    timing: roundTiming(timing),
    ...(drill ? { drill: roundDrill(drill) } : {}),
    availability: roundAvailability(availability),
  };
}

export type SimulationReport = ReturnType<typeof simulationReport>;

function roundTiming(timing: TimingResult) {
  if (!timing.producesBlocks) return timing;
  const percentiles = <T extends { p50: number; p95: number }>(p: T): T =>
    Object.fromEntries(Object.entries(p).map(([k, v]) => [k, typeof v === "number" ? tenth(v) : v])) as T;
  return {
    ...timing,
    commitMs: percentiles(timing.commitMs),
    blockIntervalMs: percentiles(timing.blockIntervalMs),
    perProposerRegion: timing.perProposerRegion.map((r) => ({ ...r, commitMs: r.commitMs && percentiles(r.commitMs) })),
  };
}

function roundDrill(drill: DrillResult) {
  return {
    ...drill,
    events: drill.events.map((e) => ({ ...e, atMs: tenth(e.atMs) })),
    summary: {
      ...drill.summary,
      maxGapMs: tenth(drill.summary.maxGapMs),
      ...(drill.summary.stallStartMs !== undefined ? { stallStartMs: tenth(drill.summary.stallStartMs) } : {}),
      ...(drill.summary.resumedAtMs !== undefined ? { resumedAtMs: tenth(drill.summary.resumedAtMs) } : {}),
    },
  };
}

function roundAvailability(availability: AvailabilityResult) {
  const interval = availability.downtimeMinutesPerYearConfidence95;
  return {
    ...availability,
    downtimeMinutesPerYear: hundredth(availability.downtimeMinutesPerYear),
    ...(interval ? { downtimeMinutesPerYearConfidence95: { low: hundredth(interval.low), high: hundredth(interval.high) } } : {}),
  };
}

// The drill as a chart: one point per step (a second, or coarser for long drills) with the validators up,
// how many can exchange messages, the quorum, and whether blocks are coming at their normal pace.

import type { DrillTimeline } from "./timeline";
import type { DrillSeriesPoint } from "./types";

/** At most this many points; longer drills sample every few seconds. */
export const MAX_SERIES_POINTS = 3600;

export function seriesStepMs(horizonMs: number): number {
  return Math.max(1000, Math.ceil(horizonMs / MAX_SERIES_POINTS / 1000) * 1000);
}

/**
 * `normalGapMs`: the longest gap between blocks that involves no timeout (BFT: block period plus request
 * timeout; Clique: two block periods; Raft: the election timeout). A moment inside a longer gap is not producing.
 */
export function buildSeries(timeline: DrillTimeline, blocksMs: readonly number[], quorum: number, horizonMs: number, normalGapMs: number): DrillSeriesPoint[] {
  const step = seriesStepMs(horizonMs);
  const points: DrillSeriesPoint[] = [];
  let next = 0; // index of the first block after the sample
  for (let atMs = 0; atMs <= horizonMs; atMs += step) {
    while (next < blocksMs.length && blocksMs[next]! <= atMs) next++;
    const before = next === 0 ? 0 : blocksMs[next - 1]!;
    const after = next < blocksMs.length ? blocksMs[next]! : horizonMs;
    const phase = timeline.phaseAt(atMs);
    points.push({ atMs, validatorsUp: phase.upCount, validatorsConnected: phase.connected, quorum, producing: after - before <= normalGapMs });
  }
  return points;
}

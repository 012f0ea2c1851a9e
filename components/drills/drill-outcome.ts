import type { SavedDrillSummary } from "@/lib/domain/api";
import { formatDurationMs } from "@/lib/domain/simulation";

const roundChanges = (count: number) => (count === 0 ? "" : ` after ${count} round change${count === 1 ? "" : "s"}`);

/**
 * A saved drill's outcome in one sentence, from the numbers the server computed: whether the chain stalled, when
 * blocks came back, and the longest gap. The engine's full account stays in `summary.summary`.
 */
export function drillOutcomeSentence(summary: SavedDrillSummary, horizonMs: number): string {
  const gap = `longest gap ${formatDurationMs(summary.maxGapMs)}`;
  if (summary.stalled && summary.stallStartMs !== undefined) {
    const stall = `Stalls at ${formatDurationMs(summary.stallStartMs)}`;
    if (summary.resumedAtMs === undefined) return `${stall} and does not resume within ${formatDurationMs(horizonMs)}.`;
    return `${stall}, resumes at ${formatDurationMs(summary.resumedAtMs)}${roundChanges(summary.roundChangesBeforeRecovery)}; ${gap}.`;
  }
  return `Keeps producing blocks${roundChanges(summary.roundChangesBeforeRecovery)}; ${gap}.`;
}

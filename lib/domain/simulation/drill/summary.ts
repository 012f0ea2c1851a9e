// The drill's numbers and its one-paragraph account.

import { CONSENSUS_LABELS } from "../../consensus/quorum";
import { seconds } from "./context";
import type { DrillEvent, DrillSpec, DrillSummary } from "./types";
import type { Consensus } from "../../schema";

export interface SummaryInput {
  readonly consensus: Consensus;
  readonly spec: DrillSpec;
  readonly failureLabel: string;
  readonly validators: number;
  readonly validatorsDown: number;
  readonly connectedDuringFailure: number;
  readonly quorum: number;
  readonly blocksMs: readonly number[];
  readonly events: readonly DrillEvent[];
  readonly stallStartMs: number | undefined;
}

export function summarizeDrill(input: SummaryInput): DrillSummary {
  const { spec, blocksMs, events, stallStartMs } = input;
  let maxGapMs = 0;
  let last = 0;
  for (const at of [...blocksMs, spec.horizonMs]) {
    maxGapMs = Math.max(maxGapMs, at - last);
    last = at;
  }
  const firstAfter = (t: number) => blocksMs.find((b) => b > t);
  const stalled = stallStartMs !== undefined;
  const resumedAtMs = stalled ? firstAfter(stallStartMs) : undefined;
  const firstBlockAfterFailure = firstAfter(spec.atMs);
  const roundChangesBeforeRecovery = events.filter(
    (e) => e.kind === "round-change" && e.atMs >= spec.atMs && (firstBlockAfterFailure === undefined || e.atMs < firstBlockAfterFailure),
  ).length;
  const roundChanges = events.filter((e) => e.kind === "round-change" && e.atMs >= spec.atMs).length;
  const elections = events.filter((e) => e.kind === "leader-elected");

  const label = CONSENSUS_LABELS[input.consensus];
  const parts: string[] = [];
  const downText = input.validatorsDown > 0 ? `takes ${input.validatorsDown} of ${input.validators} validators down` : "takes no validator down";
  parts.push(`Losing ${input.failureLabel} at ${seconds(spec.atMs)} ${downText}; ${input.connectedDuringFailure} can still exchange messages and ${label} needs ${input.quorum}.`);
  if (stalled) {
    parts.push(`The chain stalls at ${seconds(stallStartMs)}.`);
    if (resumedAtMs !== undefined) {
      const after = spec.recoverAtMs !== undefined && resumedAtMs >= spec.recoverAtMs ? `, ${seconds(resumedAtMs - spec.recoverAtMs)} after the recovery at ${seconds(spec.recoverAtMs)}` : "";
      parts.push(`Blocks resume at ${seconds(resumedAtMs)}${after}${roundChangesBeforeRecovery > 0 ? `, after ${roundChangesBeforeRecovery} round change${roundChangesBeforeRecovery === 1 ? "" : "s"}` : ""}.`);
    } else parts.push(`It does not resume before the drill ends at ${seconds(spec.horizonMs)}.`);
  } else if (firstBlockAfterFailure !== undefined) {
    parts.push(`Blocks continue: the first after the failure comes at ${seconds(firstBlockAfterFailure)}${roundChangesBeforeRecovery > 0 ? `, after ${roundChangesBeforeRecovery} round change${roundChangesBeforeRecovery === 1 ? "" : "s"}` : ""}.`);
    if (roundChanges > roundChangesBeforeRecovery) parts.push(`${roundChanges} round changes in all from the failure on, each time a proposer that is down or cut off is due.`);
  } else parts.push(`No block follows before the drill ends at ${seconds(spec.horizonMs)}.`);
  if (elections.length > 0) parts.push(`Leader elections: ${elections.length}, the first at ${seconds(elections[0]!.atMs)}.`);
  parts.push(`Longest gap between blocks: ${seconds(maxGapMs)}; ${blocksMs.length} blocks in ${seconds(spec.horizonMs)}.`);

  return {
    stalled,
    ...(stalled ? { stallStartMs } : {}),
    ...(resumedAtMs !== undefined ? { resumedAtMs } : {}),
    roundChangesBeforeRecovery,
    maxGapMs,
    blocksProduced: blocksMs.length,
    summary: parts.join(" "),
  };
}

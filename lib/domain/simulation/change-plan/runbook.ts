// A change plan as a Markdown runbook: who approved it, what is refused, the placeholders, then numbered steps
// with their commands, the checks to run after each, the quorum while it runs and once it is done, and how to
// roll it back. Deterministic: the same plan and approval give the same text.

import type { ChainState, ChangePlan, ChangeStep } from "./types";

export interface RunbookApproval {
  readonly versionFrom: number | string;
  readonly versionTo: number | string;
  readonly reviewTitle?: string;
  readonly approvedBy?: readonly string[];
  /** When the review approved it, as the review records it (ISO 8601). */
  readonly approvedAt?: string;
}

export function describeState(s: ChainState): string {
  const cut = s.validatorsConnected < s.validatorsOnline ? `, ${s.validatorsConnected} of them connected` : "";
  const verdict = s.producing
    ? `blocks keep coming (${s.validatorsConnected - s.quorum} more may fail)`
    : "**blocks stop**";
  return `${s.validatorsOnline} of ${s.validatorsInSet} validators online${cut}, quorum ${s.quorum}: ${verdict}`;
}

function approvalLines(plan: ChangePlan, a: RunbookApproval | undefined): string[] {
  if (!a) return [];
  const review = a.reviewTitle ? `review "${a.reviewTitle}"` : "review";
  const by = a.approvedBy && a.approvedBy.length > 0 ? ` by ${a.approvedBy.join(", ")}` : "";
  const when = a.approvedAt ? ` on ${a.approvedAt}` : "";
  const verdict = by || when ? `Approved in ${review}${by}${when}.` : `Not yet approved (${review}).`;
  return [`From version ${a.versionFrom} to version ${a.versionTo} of ${plan.to.name}. ${verdict}`, ""];
}

function stepLines(step: ChangeStep, number: number): string[] {
  const lines = [`### ${number}. ${step.title}`, ""];
  for (const action of step.actions) {
    if (action.includes("\n")) lines.push("```json", action, "```");
    else lines.push(`- ${action}`);
  }
  if (step.commands.length > 0) lines.push("", "```sh", ...step.commands, "```");
  lines.push("", `While it runs: ${describeState(step.during)}.`, `After it: ${describeState(step.after)}.`);
  lines.push("", "Check before going on:", ...step.checks.map((c) => `- ${c}`));
  if (step.checkCommands.length > 0) lines.push("", "```sh", ...step.checkCommands, "```");
  lines.push("", `Rollback: ${step.rollback}`, "");
  return lines;
}

export function changePlanRunbook(plan: ChangePlan, approval?: RunbookApproval): string {
  const lines = [`# Change plan: ${plan.from.name}${plan.from.name === plan.to.name ? "" : ` -> ${plan.to.name}`}`, "", ...approvalLines(plan, approval)];
  const end = plan.steps.at(-1)?.after ?? plan.start;
  if (!plan.feasible) {
    lines.push("**This change cannot be made on the running chain as planned.**", "", "## Refused", "");
    for (const r of plan.refusals) lines.push(`- ${r.what}: ${r.reason}`);
    lines.push("");
  } else if (plan.steps.length === 0) {
    lines.push("Nothing to do on the running chain: the versions differ only in what the chain does not see.", "");
  } else {
    lines.push(
      `${plan.steps.length} steps. Validators ${plan.start.validatorsInSet} -> ${end.validatorsInSet}, quorum ${plan.start.quorum} -> ${end.quorum}. Blocks keep coming through every step: each state below is computed from the validator set, the nodes online and the paths between regions.`,
      "",
    );
  }
  if (plan.steps.length > 0) {
    lines.push("## Before you start", "", "- Run each step's checks before the next. At the first failing check, stop and roll that step back.");
    for (const p of plan.placeholders) lines.push(`- ${p}`);
    lines.push("", `At the start: ${describeState(plan.start)}.`, "", "## Steps", "");
    plan.steps.forEach((step, i) => lines.push(...stepLines(step, i + 1)));
  }
  if (plan.notes.length > 0) lines.push("## Not seen by the running chain", "", ...plan.notes.map((n) => `- ${n}`), "");
  if (plan.sources.length > 0) lines.push("## Sources", "", ...plan.sources.map((s) => `- ${s.title}: ${s.url}`), "");
  return `${lines.join("\n").trimEnd()}\n`;
}

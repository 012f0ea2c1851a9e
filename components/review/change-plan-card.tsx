"use client";

import { useMemo } from "react";
import { saveBlob } from "@/lib/client/exports";
import type { TopologyDocument } from "@/lib/domain/schema";
import { changePlanRunbook, describeState, planChange, type RunbookApproval } from "@/lib/domain/simulation";
import { SummaryCard } from "./summary-card";

interface Props {
  from: { number: number; document: TopologyDocument };
  to: { number: number; document: TopologyDocument };
  /** The review that approved `to`, named in the runbook. */
  approval?: Omit<RunbookApproval, "versionFrom" | "versionTo">;
}

/**
 * How to get a running network from one version to the other without stopping block production: the ordered
 * steps with the quorum after each (computed, step by step), what cannot be done live and why, and the runbook.
 */
export function ChangePlanCard({ from, to, approval }: Props) {
  const plan = useMemo(() => planChange(from.document, to.document), [from.document, to.document]);
  const download = () => {
    const text = changePlanRunbook(plan, { versionFrom: from.number, versionTo: to.number, ...approval });
    saveBlob(new Blob([text], { type: "text/markdown" }), `change-plan-v${from.number}-to-v${to.number}.md`);
  };
  return (
    <SummaryCard title="Change plan for the running network">
      <div className="flex flex-col gap-2 text-sm" data-testid="change-plan">
        {plan.refusals.length > 0 ? (
          <>
            <p className="font-medium text-sev-error">Version {from.number} cannot become version {to.number} on a running chain:</p>
            <ul className="list-disc pl-5">
              {plan.refusals.map((r) => <li key={`${r.what}-${r.reason}`}><strong className="font-semibold">{r.what}</strong>: {r.reason}</li>)}
            </ul>
          </>
        ) : plan.steps.length === 0 ? (
          <p>Nothing to do on the running chain{plan.notes.length > 0 ? `: ${plan.notes.join("; ")}` : "."}</p>
        ) : (
          <>
            <p>
              {plan.steps.length} step{plan.steps.length === 1 ? "" : "s"}, blocks produced throughout
              {plan.feasible ? "" : " — except where marked"}; quorum {plan.start.quorum} of {plan.start.validatorsInSet} now.
            </p>
            <ol className="flex max-h-72 list-decimal flex-col gap-1 overflow-y-auto pl-5">
              {plan.steps.map((step, i) => (
                <li key={`${i}-${step.title}`}>
                  {step.title}
                  <span className={step.during.producing ? "block text-xs text-slate-600" : "block text-xs font-medium text-sev-error"}>
                    during: {describeState(step.during).replaceAll("**", "")}
                  </span>
                </li>
              ))}
            </ol>
          </>
        )}
        {plan.steps.length > 0 || plan.refusals.length > 0 ? (
          <button type="button" onClick={download} className="self-start rounded-md border border-slate-300 px-2.5 py-1 text-sm hover:bg-slate-50">
            Download runbook (Markdown)
          </button>
        ) : null}
      </div>
    </SummaryCard>
  );
}

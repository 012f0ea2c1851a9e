import clsx from "clsx";
import { CircleAlert, CircleCheck, CircleX, Wallet } from "lucide-react";
import type { ReactNode } from "react";
import { formatUsd } from "@/components/designer/format";
import type { WizardDesign } from "./design";

function Tile({ title, icon, tone, children, testId }: { title: string; icon: ReactNode; tone: "ok" | "error" | "plain"; children: ReactNode; testId: string }) {
  return (
    <div data-testid={testId} className={clsx("flex gap-3 rounded-lg border p-3",
      tone === "ok" ? "border-green-200 bg-green-50/60" : tone === "error" ? "border-red-200 bg-red-50/60" : "border-slate-200 bg-white")}>
      <span className={clsx("mt-0.5 shrink-0", tone === "ok" ? "text-ok" : tone === "error" ? "text-sev-error" : "text-slate-600")} aria-hidden>{icon}</span>
      <div className="min-w-0 text-sm">
        <p className="font-medium text-slate-900">{title}</p>
        <div className="text-slate-700">{children}</div>
      </div>
    </div>
  );
}

/** The design's verdict at a glance: findings, what it survives, what it costs. */
export function ReviewVerdict({ design }: { design: WizardDesign }) {
  const { summary, failureDomains: fd } = design.validation;
  const multiCloud = fd.domains.filter((d) => d.kind === "provider").length > 1;
  const considered = fd.domains.filter((d) => d.kind === "region" || (d.kind === "provider" && multiCloud));
  const halting = considered.filter((d) => !d.survives);
  const survives = fd.baseline.survives && considered.length > 0 && halting.length === 0;
  const budget = design.document.budgetMonthlyUsd;
  const total = design.cost.totalMonthlyUsd;
  return (
    <div className="mb-6 grid grid-cols-3 gap-3">
      <Tile testId="wizard-verdict-findings" title={summary.errors === 0 ? "No errors" : `${summary.errors} error${summary.errors === 1 ? "" : "s"}`}
        tone={summary.errors === 0 ? "ok" : "error"} icon={summary.errors === 0 ? <CircleCheck size={20} /> : <CircleAlert size={20} />}>
        {summary.warnings} warning{summary.warnings === 1 ? "" : "s"}, {summary.infos} note{summary.infos === 1 ? "" : "s"}
      </Tile>
      <Tile testId="wizard-verdict-failures" tone={survives ? "ok" : "error"} icon={survives ? <CircleCheck size={20} /> : <CircleX size={20} />}
        title={survives ? `Survives losing any one region${multiCloud ? " or cloud" : ""}` : fd.baseline.survives && halting.length > 0 ? `${halting.length} single failure${halting.length === 1 ? "" : "s"} halt the chain` : "The chain can't run"}>
        {fd.validators} validators, quorum {fd.quorum}
      </Tile>
      <Tile testId="wizard-verdict-cost" tone="plain" icon={<Wallet size={20} />} title={`${formatUsd(total)} / month`}>
        {budget === undefined ? "Estimated at list prices" : total <= budget ? `Within the ${formatUsd(budget)} budget` : `${formatUsd(total - budget)} over the ${formatUsd(budget)} budget`}
      </Tile>
    </div>
  );
}

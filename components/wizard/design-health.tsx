import { CONSENSUS_LABELS } from "@/lib/domain/consensus";
import { CostSummary } from "./cost-summary";
import type { WizardDesign } from "./design";
import { FindingsList } from "./findings-list";

/** The live check beside the count table: quorum, the failure verdict, findings and cost, all of the edited design. */
export function DesignHealth({ design }: { design: WizardDesign }) {
  const fd = design.validation.failureDomains;
  const nodes = design.document.nodeGroups.reduce((s, g) => s + g.count, 0);
  return (
    <div className="flex flex-col gap-4">
      <div className="text-sm text-slate-800" aria-live="polite">
        <p className="font-medium" data-testid="wizard-quorum">
          {fd.validators} {CONSENSUS_LABELS[fd.consensus]} validator{fd.validators === 1 ? "" : "s"}, quorum {fd.quorum}
          {fd.validators > 0 ? `, ${fd.tolerance} may be offline` : ""}.
        </p>
        <p className="mt-1 text-slate-600">{fd.summary}</p>
      </div>
      <FindingsList findings={design.validation.findings} label="Findings of the edited design" />
      <CostSummary cost={design.cost} nodes={nodes} budget={design.document.budgetMonthlyUsd} />
    </div>
  );
}

"use client";

import { CONSENSUS_LABELS } from "@/lib/domain/consensus";
import { NODE_ROLES, PROVIDER_LABELS, type NodeRole } from "@/lib/domain/schema";
import { CLIENT_CHOICES, PACK_CHOICES, TOLERANCE_CHOICES } from "./choices";
import type { WizardDesign } from "./design";
import { ProviderDot } from "./provider-dot";
import { parseBudget } from "./read-answers";
import { useWizardNavigation } from "./use-wizard-navigation";
import { useWizard } from "./wizard-context";
import { regionKeyOf } from "@/lib/domain/region-key";

const ROLE_NOUNS: Record<NodeRole, [string, string]> = {
  validator: ["validator", "validators"],
  bootnode: ["bootnode", "bootnodes"],
  rpc: ["RPC node", "RPC nodes"],
  archive: ["archive node", "archive nodes"],
  member: ["member", "members"],
};

function Row({ term, step, children }: { term: string; step: number; children: React.ReactNode }) {
  const { visit } = useWizardNavigation();
  return (
    <div className="grid grid-cols-[8rem_minmax(0,1fr)_auto] items-start gap-3 py-2">
      <dt className="text-sm text-slate-600">{term}</dt>
      <dd className="text-sm text-slate-900">{children}</dd>
      <dd>
        <button type="button" onClick={() => visit(step)} className="text-sm text-blue-700 hover:underline" aria-label={`Change ${term.toLowerCase()}`}>
          Change
        </button>
      </dd>
    </div>
  );
}

/** The answers in a few lines, each with a way back to the step that set it; regions with their node counts. */
export function AnswersSummary({ design }: { design: WizardDesign }) {
  const { draft } = useWizard().state;
  const budget = parseBudget(draft.budget);
  const nodesIn = (key: string) => {
    const counts = design.effective.get(key);
    return NODE_ROLES.filter((role) => (counts?.[role] ?? 0) > 0).map((role) => `${counts![role]} ${ROLE_NOUNS[role][counts![role] === 1 ? 0 : 1]}`).join(", ");
  };
  return (
    <dl className="divide-y divide-slate-100">
      <Row term="Name" step={0}>{design.document.name}</Row>
      <Row term="Network" step={0}>
        {CLIENT_CHOICES[draft.client].title}, {CONSENSUS_LABELS[draft.consensus]}, chain ID {draft.chainId}
      </Row>
      <Row term="Regions" step={1}>
        <ul className="flex flex-col gap-1" aria-label="Regions of the design" data-testid="wizard-review-regions">
          {draft.regions.map((r, i) => (
            <li key={regionKeyOf(r)} data-region={regionKeyOf(r)} className="flex items-baseline gap-2">
              <ProviderDot provider={r.provider} />
              <span>
                <span className="font-medium">{PROVIDER_LABELS[r.provider]} {r.region}</span>
                {i === 0 ? <span className="text-slate-600"> (primary)</span> : null}
                <span className="block text-xs text-slate-600">{nodesIn(regionKeyOf(r)) || "no nodes"}</span>
              </span>
            </li>
          ))}
        </ul>
      </Row>
      <Row term="Tolerance" step={2}>{TOLERANCE_CHOICES[draft.tolerance].title}</Row>
      <Row term="Compliance" step={2}>{draft.packs.length ? draft.packs.map((p) => PACK_CHOICES[p].title).join(", ") : "None"}</Row>
      <Row term="Budget" step={2}>{typeof budget === "number" ? `$${budget.toLocaleString("en-US")} / month` : "None"}</Row>
    </dl>
  );
}

"use client";

import { toast } from "sonner";
import { listRegions } from "@/lib/domain/catalog";
import { PROVIDER_LABELS, PROVIDERS, type Provider } from "@/lib/domain/schema";
import { ChoiceCard } from "./choice-card";
import { FieldMessage } from "./field-message";
import type { FieldIssue } from "./read-answers";
import { ProviderDot } from "./provider-dot";
import { useWizard } from "./wizard-context";
import { providerRemoval, removalMessage } from "./wizard-state";

/** Which clouds to use: ticking one opens its region list; unticking drops its regions, with a toast to undo it. */
export function ProviderToggles({ issues }: { issues: readonly FieldIssue[] }) {
  const { state, dispatch } = useWizard();
  const { providers } = state.draft;
  const onToggle = (p: Provider) => {
    const removal = providerRemoval(state.draft, p);
    dispatch({ type: "toggleProvider", provider: p });
    if (!removal?.regions.length) return;
    toast(removalMessage(removal, PROVIDER_LABELS[p]), {
      id: `wizard-untick-${p}`,
      action: { label: "Undo", onClick: () => dispatch({ type: "restoreProvider", removal }) },
    });
  };
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-medium text-slate-700">Cloud providers</legend>
      <div className="grid grid-cols-3 gap-2">
        {PROVIDERS.map((p) => (
          <ChoiceCard key={p} type="checkbox" name="providers" value={p} checked={providers.includes(p)}
            onChange={() => onToggle(p)} title={PROVIDER_LABELS[p]}
            mark={<ProviderDot provider={p} />}
            invalid={issues.some((i) => i.field === "providers" || i.field === `providers.${providers.indexOf(p)}`)}
            description={`${listRegions(p).length} regions`} />
        ))}
      </div>
      {issues.map((i) => <FieldMessage key={i.field + i.message} message={i.message} />)}
    </fieldset>
  );
}

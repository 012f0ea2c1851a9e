"use client";

import { listRegions } from "@/lib/domain/catalog";
import { PROVIDER_LABELS, PROVIDERS } from "@/lib/domain/schema";
import { ChoiceCard } from "./choice-card";
import { FieldMessage } from "./field-message";
import type { FieldIssue } from "./read-answers";
import { ProviderDot } from "./provider-dot";
import { useWizard } from "./wizard-context";

/** Which clouds to use: ticking one opens its region list; unticking drops its regions. */
export function ProviderToggles({ issues }: { issues: readonly FieldIssue[] }) {
  const { state, dispatch } = useWizard();
  const { providers } = state.draft;
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-medium text-slate-700">Cloud providers</legend>
      <div className="grid grid-cols-3 gap-2">
        {PROVIDERS.map((p) => (
          <ChoiceCard key={p} type="checkbox" name="providers" value={p} checked={providers.includes(p)}
            onChange={() => dispatch({ type: "toggleProvider", provider: p })} title={PROVIDER_LABELS[p]}
            mark={<ProviderDot provider={p} />}
            invalid={issues.some((i) => i.field === "providers" || i.field === `providers.${providers.indexOf(p)}`)}
            description={`${listRegions(p).length} regions`} />
        ))}
      </div>
      {issues.map((i) => <FieldMessage key={i.field + i.message} message={i.message} />)}
    </fieldset>
  );
}

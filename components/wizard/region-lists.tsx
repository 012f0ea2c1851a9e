"use client";

import * as Tabs from "@radix-ui/react-tabs";
import { useState } from "react";
import { PROVIDER_LABELS, type Provider } from "@/lib/domain/schema";
import { ProviderDot } from "./provider-dot";
import { RegionSearchList } from "./region-search-list";
import { useWizard } from "./wizard-context";

/** A tab per chosen provider, each with that provider's searchable region list. */
export function RegionLists() {
  const { state } = useWizard();
  const { providers, regions } = state.draft;
  const [active, setActive] = useState<Provider | undefined>(undefined);
  if (providers.length === 0) {
    return <p className="rounded-md border border-dashed border-slate-300 p-4 text-sm text-slate-600">Tick a cloud provider to see its regions.</p>;
  }
  // The last provider ticked opens, until the user picks a tab.
  const current = active && providers.includes(active) ? active : providers.at(-1)!;
  return (
    <Tabs.Root value={current} onValueChange={(v) => setActive(v as Provider)} className="flex flex-col gap-2">
      <Tabs.List aria-label="Region lists by provider" className="flex gap-1 border-b border-slate-200">
        {providers.map((p) => {
          const n = regions.filter((r) => r.provider === p).length;
          return (
            <Tabs.Trigger key={p} value={p}
              className="-mb-px flex items-center gap-1.5 border-b-2 border-transparent px-3 py-1.5 text-sm text-slate-600 data-[state=active]:border-blue-700 data-[state=active]:font-medium data-[state=active]:text-slate-900">
              <ProviderDot provider={p} /> {PROVIDER_LABELS[p]}
              <span className="rounded-full bg-slate-100 px-1.5 text-xs text-slate-700">{n}<span className="sr-only"> picked</span></span>
            </Tabs.Trigger>
          );
        })}
      </Tabs.List>
      {providers.map((p) => (
        <Tabs.Content key={p} value={p} className="outline-none">
          <RegionSearchList provider={p} />
        </Tabs.Content>
      ))}
    </Tabs.Root>
  );
}

"use client";

import clsx from "clsx";
import { Check, Plus } from "lucide-react";
import { useMemo, useState, type KeyboardEvent } from "react";
import { listRegions, type RegionInfo } from "@/lib/domain/catalog";
import { PROVIDER_LABELS, type Provider } from "@/lib/domain/schema";
import { RegionFlags } from "@/components/regions/region-flags";
import { useWizard } from "./wizard-context";
import { regionKey, regionKeyOf } from "@/lib/domain/region-key";

function matches(r: RegionInfo, q: string): boolean {
  return !q || [r.id, r.displayName, r.city, r.country, r.geography].some((f) => f.toLowerCase().includes(q));
}

/**
 * One provider's catalog, searchable by id, name, city, country or geography; each region toggles on press.
 * Enter in the search box picks the first match not yet picked.
 */
export function RegionSearchList({ provider }: { provider: Provider }) {
  const { state, dispatch } = useWizard();
  const [query, setQuery] = useState("");
  const label = PROVIDER_LABELS[provider];
  const picked = useMemo(() => new Set(state.draft.regions.map(regionKeyOf)), [state.draft.regions]);
  const q = query.trim().toLowerCase();
  const found = useMemo(() => listRegions(provider).filter((r) => matches(r, q)), [provider, q]);
  const groups = useMemo(() => {
    const byGeo = new Map<string, RegionInfo[]>();
    for (const r of found) byGeo.set(r.geography, [...(byGeo.get(r.geography) ?? []), r]);
    return [...byGeo];
  }, [found]);

  const toggle = (r: RegionInfo) => dispatch({ type: "toggleRegion", region: { provider, region: r.id } });
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter" || !q) return;
    // With a query, Enter picks rather than moving to the next step.
    event.preventDefault();
    const first = found.find((r) => !picked.has(regionKey(provider, r.id)));
    if (first) toggle(first);
  };

  return (
    <div className="flex flex-col gap-2">
      <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={onSearchKey}
        aria-label={`Search ${label} regions`} placeholder="Search by id, name, city or country"
        className="h-9 rounded-md border border-slate-300 bg-white px-3 text-sm" />
      <p className="sr-only" role="status">{q ? `${found.length} ${label} regions match` : ""}</p>
      <div className="h-96 overflow-y-auto rounded-md border border-slate-200" role="group" aria-label={`${label} regions`}>
        {found.length === 0 ? <p className="p-3 text-sm text-slate-600">No {label} region matches “{query}”.</p> : null}
        {groups.map(([geography, regions]) => (
          <section key={geography} aria-label={geography}>
            <h3 className="sticky top-0 z-10 border-b border-slate-100 bg-slate-50 px-3 py-1 text-[11px] font-semibold uppercase tracking-wide text-slate-600">
              {geography}
            </h3>
            <ul>
              {regions.map((r) => {
                const on = picked.has(regionKey(provider, r.id));
                return (
                  <li key={r.id}>
                    <button type="button" onClick={() => toggle(r)} aria-pressed={on} data-testid={`wizard-region-${provider}-${r.id}`}
                      aria-label={`${r.displayName} (${r.id}), ${r.city}, ${r.country}`}
                      className={clsx("flex w-full items-center gap-2 px-3 py-1.5 text-left text-sm hover:bg-slate-50", on && "bg-blue-50/60")}>
                      <span aria-hidden className={clsx("flex size-5 shrink-0 items-center justify-center rounded border",
                        on ? "border-blue-700 bg-blue-700 text-white" : "border-slate-300 text-slate-400")}>
                        {on ? <Check size={12} /> : <Plus size={12} />}
                      </span>
                      <span className="min-w-0 flex-1">
                        <span className="block truncate text-slate-900">{r.displayName}</span>
                        <span className="block truncate text-xs text-slate-600">{r.id} · {r.city}, {r.country}</span>
                      </span>
                      <span aria-hidden><RegionFlags region={r} /></span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}

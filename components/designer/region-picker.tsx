"use client";

import { useMemo, useState } from "react";
import { toast } from "sonner";
import { writeDragItem } from "@/components/canvas/drag-data";
import { PROVIDER_COLOUR } from "@/components/canvas/visual";
import { RegionFlags } from "@/components/regions/region-flags";
import { listRegions, type RegionInfo } from "@/lib/domain/catalog";
import { addRegion, EditError } from "@/lib/domain/edit";
import { useEditorStore } from "@/lib/client/editor/context";
import { PROVIDER_LABELS, PROVIDERS, type Provider } from "@/lib/domain/schema";

/** Every catalog region, searchable, grouped by provider and geography; drag one onto the canvas or press it. */
export function RegionPicker({ disabled = false }: { disabled?: boolean }) {
  const store = useEditorStore();
  const [query, setQuery] = useState("");
  const [provider, setProvider] = useState<Provider | "all">("all");
  const groups = useMemo(() => {
    const q = query.trim().toLowerCase();
    const match = (r: RegionInfo) =>
      !q || [r.id, r.displayName, r.city, r.country, r.geography].some((f) => f.toLowerCase().includes(q));
    const result: { key: string; provider: Provider; geography: string; regions: RegionInfo[] }[] = [];
    for (const p of PROVIDERS) {
      if (provider !== "all" && provider !== p) continue;
      const byGeo = new Map<string, RegionInfo[]>();
      for (const r of listRegions(p).filter(match)) byGeo.set(r.geography, [...(byGeo.get(r.geography) ?? []), r]);
      for (const [geography, regions] of byGeo) result.push({ key: `${p}:${geography}`, provider: p, geography, regions });
    }
    return result;
  }, [query, provider]);

  const add = (r: RegionInfo) => {
    try {
      const id = store.getState().edit(`Add region ${r.id}`, (d) => addRegion(d, r.provider, r.id));
      store.getState().select([id]);
    } catch (error) {
      if (error instanceof EditError) toast.error(error.message);
      else throw error;
    }
  };

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="flex flex-col gap-2 border-b border-slate-200 p-3">
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Search regions, cities, countries"
          aria-label="Search regions" className="h-8 rounded-md border border-slate-300 px-2 text-sm" />
        <select aria-label="Provider" value={provider} onChange={(e) => setProvider(e.target.value as Provider | "all")}
          className="h-8 rounded-md border border-slate-300 bg-white px-2 text-sm">
          <option value="all">All providers</option>
          {PROVIDERS.map((p) => <option key={p} value={p}>{PROVIDER_LABELS[p]}</option>)}
        </select>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto px-2 pb-3" aria-label="Regions">
        {groups.length === 0 ? <p className="p-3 text-sm text-slate-500">No region matches “{query}”.</p> : null}
        {groups.map((g) => (
          <section key={g.key} aria-label={`${PROVIDER_LABELS[g.provider]} ${g.geography}`}>
            <h3 className="sticky top-0 z-10 bg-white px-1 pb-1 pt-3 text-[11px] font-semibold uppercase tracking-wide" style={{ color: PROVIDER_COLOUR[g.provider] }}>
              {PROVIDER_LABELS[g.provider]} · {g.geography}
            </h3>
            <ul>
              {g.regions.map((r) => (
                <li key={r.id}>
                  <button type="button" draggable={!disabled} onDragStart={(e) => writeDragItem(e, { kind: "region", provider: r.provider, region: r.id })}
                    onClick={() => add(r)} data-testid={`region-option-${r.provider}-${r.id}`}
                    title={`${r.displayName} (${r.id}), ${r.city}, ${r.country}. Drag onto the canvas or press to add.`}
                    className="flex w-full cursor-grab items-center gap-2 rounded px-1.5 py-1 text-left text-sm hover:bg-slate-50">
                    <span className="min-w-0 flex-1">
                      <span className="block truncate text-slate-800">{r.displayName}</span>
                      <span className="block truncate text-[11px] text-slate-500">{r.id} · {r.city}, {r.country}</span>
                    </span>
                    <RegionFlags region={r} />
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}

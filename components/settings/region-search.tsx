"use client";

import { Plus } from "lucide-react";
import { useId, useMemo, useState } from "react";
import { listRegions, type RegionInfo } from "@/lib/domain/catalog";
import { regionKey, type RegionKey } from "@/lib/domain/region-key";
import { PROVIDER_LABELS } from "@/lib/domain/schema";

const MAX_RESULTS = 8;

interface Props {
  /** Region keys already chosen, left out of the results. */
  chosen: readonly string[];
  onPick(key: RegionKey): void;
  disabled?: boolean;
}

/** Finds catalog regions by id, name, city, country or geography; each result adds its key. */
export function RegionSearch({ chosen, onPick, disabled }: Props) {
  const id = useId();
  const [query, setQuery] = useState("");
  const results = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    const matches = (r: RegionInfo) =>
      [regionKey(r.provider, r.id), r.displayName, r.city, r.country, r.geography].some((f) => f.toLowerCase().includes(q));
    return listRegions().filter((r) => matches(r) && !chosen.includes(regionKey(r.provider, r.id)));
  }, [query, chosen]);

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-700">Add a region</label>
      <input
        id={id}
        type="search"
        value={query}
        disabled={disabled}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="Search: westeurope, Frankfurt, Japan…"
        autoComplete="off"
        aria-describedby={`${id}-count`}
        className="h-8 rounded-md border border-slate-300 bg-white px-2 text-sm"
      />
      <p id={`${id}-count`} className="sr-only" aria-live="polite">
        {query.trim() ? `${results.length} region${results.length === 1 ? "" : "s"} found` : ""}
      </p>
      {query.trim() ? (
        results.length ? (
          <ul aria-label="Matching regions" className="max-h-48 overflow-y-auto rounded-md border border-slate-200">
            {results.slice(0, MAX_RESULTS).map((r) => {
              const key = regionKey(r.provider, r.id);
              return (
                <li key={key}>
                  <button
                    type="button"
                    onClick={() => {
                      onPick(key);
                      setQuery("");
                    }}
                    aria-label={`Add ${key} (${r.displayName}, ${r.city})`}
                    className="flex w-full items-center gap-2 px-2 py-1.5 text-left text-sm hover:bg-slate-50"
                  >
                    <Plus size={13} aria-hidden className="shrink-0 text-slate-500" />
                    <span className="min-w-0 flex-1">
                      <span className="block truncate text-slate-800">{r.displayName} <span className="text-slate-500">· {PROVIDER_LABELS[r.provider]}</span></span>
                      <span className="block truncate font-mono text-[11px] text-slate-600">{key} · {r.city}, {r.country}</span>
                    </span>
                  </button>
                </li>
              );
            })}
            {results.length > MAX_RESULTS ? (
              <li className="px-2 py-1 text-xs text-slate-600">{results.length - MAX_RESULTS} more: type more to narrow it down.</li>
            ) : null}
          </ul>
        ) : (
          <p className="text-xs text-slate-600">No region matches “{query.trim()}”.</p>
        )
      ) : null}
    </div>
  );
}

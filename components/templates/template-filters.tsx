"use client";

import { Search } from "lucide-react";
import { TEMPLATE_SORTS } from "@/lib/domain/api";
import type { TemplateFilters } from "@/lib/client/templates";
import { COMPLIANCE_PACKS, CONSENSUS_ALGORITHMS, PROVIDER_LABELS, PROVIDERS } from "@/lib/domain/schema";
import { CONSENSUS_LABELS } from "@/lib/domain/consensus";
import { PACK_LABEL } from "./labels";

const SORT_LABEL: Record<(typeof TEMPLATE_SORTS)[number], string> = { popular: "Most used", newest: "Newest", cheapest: "Cheapest", rating: "Best rated" };
const select = "h-9 rounded-md border border-slate-300 bg-white px-2 text-sm";

/** Search, filters and sort of the marketplace; every change applies at once. */
export function TemplateFiltersBar({ filters, onChange }: { filters: TemplateFilters; onChange(next: TemplateFilters): void }) {
  const set = (patch: TemplateFilters) => onChange({ ...filters, ...patch });
  const toggle = (key: "provider" | "pack", value: string) => {
    const current = filters[key] ?? [];
    set({ [key]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value] });
  };
  const regions = filters.minRegions === "1" && filters.maxRegions === "1" ? "1" : filters.minRegions === "2" && filters.maxRegions === "3" ? "2-3" : filters.minRegions === "4" ? "4+" : "";
  return (
    <div className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-3">
      <div className="flex flex-wrap items-center gap-2">
        <label className="relative min-w-64 flex-1">
          <span className="sr-only">Search templates</span>
          <Search size={15} className="pointer-events-none absolute left-2.5 top-2.5 text-slate-400" aria-hidden />
          <input type="search" value={filters.q ?? ""} onChange={(e) => set({ q: e.target.value })} placeholder="Search by name, region, pack, tag…"
            className="h-9 w-full rounded-md border border-slate-300 pl-8 pr-2 text-sm" />
        </label>
        <label className="flex items-center gap-1.5 text-sm text-slate-600">
          Sort
          <select className={select} value={filters.sort ?? "popular"} onChange={(e) => set({ sort: e.target.value })}>
            {TEMPLATE_SORTS.map((s) => <option key={s} value={s}>{SORT_LABEL[s]}</option>)}
          </select>
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <fieldset className="flex items-center gap-1.5">
          <legend className="sr-only">Providers</legend>
          {PROVIDERS.map((p) => (
            <button key={p} type="button" aria-pressed={(filters.provider ?? []).includes(p)} onClick={() => toggle("provider", p)}
              className="rounded-full border border-slate-300 px-2.5 py-0.5 text-xs aria-pressed:border-blue-700 aria-pressed:bg-blue-50 aria-pressed:text-blue-800">
              {PROVIDER_LABELS[p]}
            </button>
          ))}
        </fieldset>
        <fieldset className="flex items-center gap-1.5">
          <legend className="sr-only">Compliance packs</legend>
          {COMPLIANCE_PACKS.map((p) => (
            <button key={p} type="button" aria-pressed={(filters.pack ?? []).includes(p)} onClick={() => toggle("pack", p)}
              className="rounded-full border border-slate-300 px-2.5 py-0.5 text-xs aria-pressed:border-blue-700 aria-pressed:bg-blue-50 aria-pressed:text-blue-800">
              {PACK_LABEL[p]}
            </button>
          ))}
        </fieldset>
        <label className="flex items-center gap-1.5 text-slate-600">
          Consensus
          <select className={select} value={filters.consensus ?? ""} onChange={(e) => set({ consensus: e.target.value })}>
            <option value="">Any</option>
            {CONSENSUS_ALGORITHMS.map((c) => <option key={c} value={c}>{CONSENSUS_LABELS[c]}</option>)}
          </select>
        </label>
        <label className="flex items-center gap-1.5 text-slate-600">
          Regions
          <select className={select} value={regions} onChange={(e) => {
            const v = e.target.value;
            set(v === "1" ? { minRegions: "1", maxRegions: "1" } : v === "2-3" ? { minRegions: "2", maxRegions: "3" } : v === "4+" ? { minRegions: "4", maxRegions: "" } : { minRegions: "", maxRegions: "" });
          }}>
            <option value="">Any</option>
            <option value="1">1</option>
            <option value="2-3">2–3</option>
            <option value="4+">4 or more</option>
          </select>
        </label>
        <label className="flex items-center gap-1.5 text-slate-600">
          Cost
          <select className={select} value={filters.cost ?? ""} onChange={(e) => set({ cost: e.target.value })}>
            <option value="">Any</option>
            <option value="low">Under $1,500/month</option>
            <option value="mid">$1,500–4,000/month</option>
            <option value="high">Over $4,000/month</option>
          </select>
        </label>
      </div>
    </div>
  );
}

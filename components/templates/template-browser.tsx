"use client";

import { useDeferredValue, useState } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { useTemplates, type TemplateFilters } from "@/lib/client/templates";
import { TemplateCard } from "./template-card";
import { TemplateFiltersBar } from "./template-filters";

/** The marketplace: curated templates and those of the organisation (and the community), to browse and use. */
export function TemplateBrowser() {
  const [filters, setFilters] = useState<TemplateFilters>({ sort: "popular" });
  // Typing in the search box refetches once the user pauses, not on every keystroke.
  const deferred = useDeferredValue(filters);
  const templates = useTemplates(deferred);
  const list = templates.data?.templates ?? [];
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-xl font-semibold text-slate-900">Templates</h1>
        <p className="mt-0.5 text-sm text-slate-600">Start from a design that already passes its checks: curated by Meridian, or published by your organisation.</p>
      </div>
      <TemplateFiltersBar filters={filters} onChange={setFilters} />
      {templates.isError ? (
        <p role="alert" className="rounded-md bg-red-50 px-4 py-3 text-sm text-sev-error">{templates.error.message}</p>
      ) : !templates.data ? (
        <p role="status" className="py-10 text-center text-sm text-slate-500">Loading templates…</p>
      ) : list.length === 0 ? (
        <EmptyState title="No template matches" body="Try fewer filters or other words." action={<Button onClick={() => setFilters({ sort: filters.sort })}>Clear filters</Button>} />
      ) : (
        <>
          <p className="text-xs text-slate-500" role="status">{list.length} template{list.length === 1 ? "" : "s"}</p>
          <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label="Templates">
            {list.map((t) => <TemplateCard key={t.id} template={t} />)}
          </ul>
        </>
      )}
    </div>
  );
}

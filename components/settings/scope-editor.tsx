"use client";

import clsx from "clsx";
import { X } from "lucide-react";
import { useId } from "react";
import type { ScopeView } from "@/lib/domain/api";
import { PROVIDER_LABELS, PROVIDERS, type Provider } from "@/lib/domain/region-key";
import { RegionSearch } from "./region-search";

interface Props {
  value: ScopeView;
  onChange(scope: ScopeView): void;
  disabled?: boolean;
}

const sorted = <T extends string>(items: T[]): T[] => [...new Set(items)].sort();

/**
 * Where a member may change things: whole providers and single regions, as chips. Nothing chosen
 * means everywhere. Outside their scope a member still sees everything but changes nothing.
 */
export function ScopeEditor({ value, onChange, disabled }: Props) {
  const regionsLabel = useId();
  const unrestricted = value.providers.length === 0 && value.regions.length === 0;
  const toggleProvider = (provider: Provider) =>
    onChange({
      ...value,
      providers: value.providers.includes(provider) ? value.providers.filter((p) => p !== provider) : sorted([...value.providers, provider]),
    });
  return (
    <div className="flex flex-col gap-3">
      <p className="text-xs text-slate-600">
        {unrestricted
          ? "No limit: they may change every region. Choose providers or regions to limit them."
          : "They may change only what is chosen below, and see everything."}
      </p>
      <fieldset disabled={disabled} className="flex flex-col gap-1">
        <legend className="mb-1 text-sm font-medium text-slate-700">Whole providers</legend>
        <div className="flex flex-wrap gap-1.5">
          {PROVIDERS.map((p) => {
            const on = value.providers.includes(p);
            return (
              <button
                key={p}
                type="button"
                aria-pressed={on}
                onClick={() => toggleProvider(p)}
                className={clsx(
                  "rounded-full border px-2.5 py-0.5 text-sm",
                  on ? "border-blue-700 bg-blue-50 font-medium text-blue-900" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
                )}
              >
                All of {PROVIDER_LABELS[p]}
              </button>
            );
          })}
        </div>
      </fieldset>
      <div className="flex flex-col gap-1">
        <span className="text-sm font-medium text-slate-700" id={regionsLabel}>Single regions</span>
        {value.regions.length ? (
          <ul aria-labelledby={regionsLabel} className="flex flex-wrap gap-1.5">
            {value.regions.map((key) => (
              <li key={key} className="inline-flex items-center gap-1 rounded-full border border-slate-300 bg-slate-50 py-0.5 pl-2.5 pr-1 font-mono text-xs text-slate-800">
                {key}
                <button
                  type="button"
                  disabled={disabled}
                  onClick={() => onChange({ ...value, regions: value.regions.filter((r) => r !== key) })}
                  aria-label={`Remove ${key}`}
                  className="rounded-full p-0.5 text-slate-500 hover:bg-slate-200 hover:text-slate-900"
                >
                  <X size={12} aria-hidden />
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-xs text-slate-600">None chosen.</p>
        )}
      </div>
      <RegionSearch chosen={value.regions} disabled={disabled} onPick={(key) => onChange({ ...value, regions: sorted([...value.regions, key]) })} />
    </div>
  );
}

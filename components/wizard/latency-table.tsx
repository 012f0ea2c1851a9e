"use client";

import { useMemo } from "react";
import { rttColour } from "@/components/map/map-geometry";
import { getRegion } from "@/lib/domain/catalog";
import { rtt } from "@/lib/domain/latency";
import { PROVIDER_LABELS } from "@/lib/domain/schema";
import { ProviderDot } from "./provider-dot";
import { type PickedRegion } from "./wizard-state";
import { regionKeyOf } from "@/lib/domain/region-key";

/** A region as its provider's colour dot and id (the provider's name for screen readers). */
function RegionName({ region }: { region: PickedRegion }) {
  return (
    <span className="inline-flex items-center gap-1.5">
      <ProviderDot provider={region.provider} />
      <span><span className="sr-only">{PROVIDER_LABELS[region.provider]} </span>{region.region}</span>
    </span>
  );
}

/** Round trip between every two picked regions, ms: Azure's published measurement when there is one, else estimated. */
export function LatencyTable({ regions }: { regions: readonly PickedRegion[] }) {
  const pairs = useMemo(() => {
    const known = regions.filter((r) => getRegion(r.provider, r.region));
    const result: { key: string; a: PickedRegion; b: PickedRegion; ms: number; source: "measured" | "estimated" }[] = [];
    known.forEach((a, i) => known.slice(i + 1).forEach((b) => {
      const { rttMs, source } = rtt({ provider: a.provider, id: a.region }, { provider: b.provider, id: b.region });
      result.push({ key: `${regionKeyOf(a)}|${regionKeyOf(b)}`, a, b, ms: rttMs, source });
    }));
    return result.sort((x, y) => y.ms - x.ms);
  }, [regions]);

  if (pairs.length === 0) return <p className="text-sm text-slate-600">Pick two regions to see the round trip between them.</p>;
  return (
    // Scrolls when there are many pairs, so it is focusable and named for keyboard users.
    <div className="max-h-56 overflow-y-auto rounded-md border border-slate-200" tabIndex={0} role="region" aria-label="Round-trip latency between picked regions">
      <table className="w-full text-sm" data-testid="wizard-latency">
        <caption className="sr-only">Round-trip time between picked regions, slowest first</caption>
        <thead className="sticky top-0 bg-slate-50 text-left text-xs text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-1.5 font-medium">Between</th>
            <th scope="col" className="whitespace-nowrap px-3 py-1.5 text-right font-medium">Round trip</th>
            <th scope="col" className="px-3 py-1.5 font-medium">Source</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {pairs.map((p) => (
            <tr key={p.key}>
              <td className="px-3 py-1.5 text-slate-800">
                <RegionName region={p.a} /> <span aria-hidden className="px-1 text-slate-500">↔</span><span className="sr-only">and</span> <RegionName region={p.b} />
              </td>
              <td className="whitespace-nowrap px-3 py-1.5 text-right tabular-nums text-slate-900">
                <span aria-hidden className="mr-1.5 inline-block h-0.5 w-3 align-middle" style={{ backgroundColor: rttColour(p.ms) }} />
                {Math.round(p.ms)} ms
              </td>
              <td className="px-3 py-1.5 text-slate-600">{p.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

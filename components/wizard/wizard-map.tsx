"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import type { TopologyDocument } from "@/lib/domain/schema";

// The world geodata loads only when a map is first shown.
const TopologyMap = dynamic(() => import("@/components/map/topology-map").then((m) => m.TopologyMap), {
  ssr: false,
  loading: () => <p role="status" className="p-4 text-sm text-slate-600">Loading the map…</p>,
});

/** The design on the world map: region pins in provider colours, links coloured by round trip. */
export function WizardMap({ doc, className = "h-64 w-full" }: { doc: TopologyDocument; className?: string }) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  return (
    <div data-testid="wizard-map" role="region" aria-label="Map of the design">
      <TopologyMap doc={doc} className={className} selectedIds={selected}
        onSelect={(id, additive) => setSelected((s) => (id === null ? new Set() : new Set(additive ? [...s, id] : [id])))} />
    </div>
  );
}

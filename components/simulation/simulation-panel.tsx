"use client";

import { X } from "lucide-react";
import type { DesignSimulation } from "@/lib/client/simulation/use-design-simulation";
import type { TopologyDocument } from "@/lib/domain/schema";
import type { DrillSpec } from "@/lib/domain/simulation";
import { AvailabilitySummary } from "./availability-summary";
import { DrillPanel } from "./drill-panel";
import { SaveDrillForm } from "./save-drill-form";
import { SavedDrills } from "./saved-drills";
import { TimingSummary } from "./timing-summary";

interface Props {
  topologyId: string;
  doc: TopologyDocument;
  simulation: DesignSimulation;
  onClose(): void;
  onRegionsDown(regionIds: Set<string> | null): void;
  /** A saved drill to play again (opened from a link). */
  replay?: { key: string; spec: DrillSpec; seed: number; version: number };
}

/** The deployment simulation beside the canvas: block timing, availability, and outage drills. */
export function SimulationPanel({ topologyId, doc, simulation, onClose, onRegionsDown, replay }: Props) {
  return (
    <aside aria-label="Simulation" className="flex w-96 shrink-0 flex-col border-l border-slate-200 bg-white">
      <div className="flex h-10 shrink-0 items-center justify-between border-b border-slate-200 px-4">
        <h2 className="text-sm font-semibold">Simulation</h2>
        <span className="ml-2 flex-1 text-xs text-slate-500" role="status">{simulation.running ? "Updating…" : ""}</span>
        <button type="button" onClick={onClose} aria-label="Close the simulation" title="Close (S)"
          className="inline-flex h-7 w-7 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100">
          <X size={15} aria-hidden />
        </button>
      </div>
      <div className="flex min-h-0 flex-1 flex-col gap-5 overflow-y-auto p-4">
        {simulation.error ? <p role="alert" className="text-sm text-sev-error">The simulation failed: {simulation.error}</p> : null}
        <section aria-labelledby="sim-timing" className="flex flex-col gap-2">
          <h3 id="sim-timing" className="text-xs font-semibold uppercase tracking-wide text-slate-500">Block timing</h3>
          {simulation.timing
            ? <TimingSummary timing={simulation.timing} requestTimeoutMs={doc.network.requestTimeoutSeconds * 1000} />
            : <p className="text-xs text-slate-500">Computing…</p>}
        </section>
        <section aria-labelledby="sim-availability" className="flex flex-col gap-2">
          <h3 id="sim-availability" className="text-xs font-semibold uppercase tracking-wide text-slate-500">Availability</h3>
          <AvailabilitySummary availability={simulation.availability} progress={simulation.progress} />
        </section>
        <section aria-labelledby="sim-drill" className="flex flex-col gap-2">
          <h3 id="sim-drill" className="text-xs font-semibold uppercase tracking-wide text-slate-500">Outage drill</h3>
          {replay ? <p className="text-xs text-slate-600">Playing a drill saved with version {replay.version} on the design as it is now.</p> : null}
          <DrillPanel doc={doc} client={simulation.client} onRegionsDown={onRegionsDown} replay={replay}
            actions={(drill) => <SaveDrillForm key={`${drill.seed}-${JSON.stringify(drill.spec)}`} topologyId={topologyId} drill={drill} />} />
        </section>
        <section aria-labelledby="sim-saved" className="flex flex-col gap-2">
          <h3 id="sim-saved" className="text-xs font-semibold uppercase tracking-wide text-slate-500">Saved drills</h3>
          <SavedDrills topologyId={topologyId} />
        </section>
      </div>
    </aside>
  );
}

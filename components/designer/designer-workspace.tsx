"use client";

import dynamic from "next/dynamic";
import { useMemo, useState } from "react";
import { DesignerCanvas } from "@/components/canvas/designer-canvas";
import { badgesByElement } from "@/components/canvas/findings-index";
import { DesignerReviewPanel } from "@/components/review/designer-review-panel";

import { usePageSession } from "@/components/shell/page-session-context";
import { useAnalysis } from "@/lib/client/editor/analysis";
import { useEditor } from "@/lib/client/editor/context";
import { useDesignSimulation } from "@/lib/client/simulation/use-design-simulation";
import { useDrillFromLink } from "@/components/simulation/use-drill-from-link";
import type { TopologySummary } from "@/lib/domain/api";
import { ConflictDialog } from "./conflict-dialog";
import { ExportDialog } from "./export-dialog";
import { ImportChoiceDialog } from "./import-choice-dialog";
import { PublishDialog } from "./publish-dialog";
import { Inspector } from "./inspector/inspector";
import { lostRegionsOf, type Outage } from "./outage";
import { Palette } from "./palette";
import { ProblemsPanel } from "./problems-panel";
import { ReadOnlyNotice } from "./read-only-notice";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { StatusBar } from "./status-bar";
import type { DesignerView } from "./designer-view";
import { Toolbar } from "./toolbar";
import { useAutosave } from "./use-autosave";
import { useDesignerAccess } from "./use-designer-access";
import { useDesignerShortcuts } from "./use-designer-shortcuts";
import { useFileImport } from "./use-file-import";


// The simulation panel (charts) and the optimiser load when first opened, so opening the designer stays light.
const SimulationPanel = dynamic(() => import("@/components/simulation/simulation-panel").then((m) => m.SimulationPanel), {
  ssr: false,
  loading: () => <p role="status" className="w-96 shrink-0 border-l border-slate-200 p-4 text-sm text-slate-500">Loading the simulation…</p>,
});
const OptimiseDialog = dynamic(() => import("@/components/optimise/optimise-dialog").then((m) => m.OptimiseDialog), { ssr: false });

// The map (world geodata) loads when first shown, so opening the designer stays light.
const TopologyMap = dynamic(() => import("@/components/map/topology-map").then((m) => m.TopologyMap), {
  ssr: false,
  loading: () => <p role="status" className="p-6 text-sm text-slate-500">Loading the map…</p>,
});

export function DesignerWorkspace({ topology }: { topology: TopologySummary }) {
  const doc = useEditor((s) => s.doc);
  const selection = useEditor((s) => s.selection);
  const { policy } = usePageSession();
  const analysis = useAnalysis(doc, policy);
  const [view, setView] = useState<DesignerView>("canvas");
  const [outage, setOutage] = useState<Outage | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const [publishOpen, setPublishOpen] = useState(false);
  const [simulationOpen, setSimulationOpen] = useState(false);
  const [optimiseOpen, setOptimiseOpen] = useState(false);
  const simulation = useDesignSimulation(doc);
  // A played drill greys what is down at the moment its cursor shows; otherwise the outage picked in the toolbar.
  const [drillDown, setDrillDown] = useState<Set<string> | null>(null);
  const outageLost = useMemo(() => lostRegionsOf(doc, outage), [doc, outage]);
  const lostRegionIds = simulationOpen && drillDown ? drillDown : outageLost;
  const replay = useDrillFromLink(topology.id, () => setSimulationOpen(true));
  const fileImport = useFileImport();
  const access = useDesignerAccess();
  const { saveNow } = useAutosave(topology.archived || access.readOnly);
  useDesignerShortcuts({
    onHelp: () => setHelpOpen(true),
    onToggleView: () => setView((v) => (v === "canvas" ? "map" : "canvas")),
    onSave: saveNow,
    onExport: () => setExportOpen(true),
    onToggleSimulation: () => setSimulationOpen((open) => !open),
    onOptimise: () => setOptimiseOpen(true),
  });
  const selectedSet = useMemo(() => new Set(selection), [selection]);
  const mapBadges = useMemo(
    () => new Map([...badgesByElement(analysis.validation.findings)].map(([id, b]) => [id, b.severity])),
    [analysis.validation.findings],
  );
  const select = useEditor((s) => s.select);

  return (
    <div className="flex min-h-0 flex-1 flex-col bg-white">
      <Toolbar
        topology={topology}
        view={view}
        onViewChange={setView}
        outage={outage}
        onOutageChange={setOutage}
        analysis={analysis}
        onHelp={() => setHelpOpen(true)}
        onImport={fileImport.importFile}
        onExport={() => setExportOpen(true)}
        onPublish={() => setPublishOpen(true)}
        simulationOpen={simulationOpen}
        onToggleSimulation={() => setSimulationOpen((open) => !open)}
        onOptimise={() => setOptimiseOpen(true)}
      />
      {access.reason ? <ReadOnlyNotice reason={access.reason} /> : null}
      <div className="flex min-h-0 flex-1">
        <Palette />
        <div className="flex min-w-0 flex-1 flex-col">
          <div className="relative min-h-0 flex-1 bg-slate-50">
            {view === "canvas" ? (
              <>
                <DesignerCanvas analysis={analysis} lostRegionIds={lostRegionIds} onFileDrop={fileImport.importFile} />
                <DesignerReviewPanel topology={topology} />
              </>
            ) : (
              <TopologyMap
                doc={doc}
                className="min-h-0 w-full flex-1 rounded-none border-0"
                selectedIds={selectedSet}
                onSelect={(id, additive) => select(id ? (additive ? [...selection, id] : [id]) : [])}
                lostRegionIds={lostRegionIds}
                badges={mapBadges}
              />
            )}
          </div>
          <ProblemsPanel analysis={analysis} onShowOnCanvas={() => setView("canvas")} />
        </div>
        {simulationOpen ? (
          <SimulationPanel topologyId={topology.id} doc={doc} simulation={simulation} replay={replay}
            onClose={() => setSimulationOpen(false)} onRegionsDown={setDrillDown} />
        ) : (
          <Inspector analysis={analysis} />
        )}
      </div>
      <StatusBar analysis={analysis} outage={outage} availability={simulation.availability} onOpenSimulation={() => setSimulationOpen(true)} />
      <ConflictDialog />
      <ImportChoiceDialog pending={fileImport.pending} onChoose={fileImport.choose} />
      <ShortcutsDialog open={helpOpen} onOpenChange={setHelpOpen} />
      {optimiseOpen ? <OptimiseDialog open onOpenChange={setOptimiseOpen} readOnly={access.readOnly} /> : null}
      {publishOpen ? <PublishDialog topologyId={topology.id} defaultTitle={topology.name} onOpenChange={setPublishOpen} /> : null}
      {exportOpen ? <ExportDialog topologyId={topology.id} open onOpenChange={setExportOpen} onSaveNow={() => void saveNow()} /> : null}
    </div>
  );
}

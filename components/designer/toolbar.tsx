"use client";

import { useReactFlow } from "@xyflow/react";
import clsx from "clsx";
import { Activity, Download, Sparkles, HelpCircle, LayoutGrid, Maximize, Package, Redo2, Undo2, Upload } from "lucide-react";
import Link from "next/link";
import { useRef } from "react";
import { useCan, useMissingPermissionReason } from "@/components/shell/page-session-context";
import type { Analysis } from "@/lib/client/editor/analysis";
import { useEditor } from "@/lib/client/editor/context";
import type { TopologySummary } from "@/lib/domain/api";
import type { DesignerView } from "./designer-view";
import { outageChoices, outageValue, parseOutageValue, type Outage } from "./outage";
import { useAutoLayout } from "./use-auto-layout";
import { useDesignerAccess } from "./use-designer-access";
import { downloadJson } from "./download";

interface Props {
  topology: TopologySummary;
  view: DesignerView;
  onViewChange(view: DesignerView): void;
  outage: Outage | null;
  onOutageChange(outage: Outage | null): void;
  analysis: Analysis;
  onHelp(): void;
  onImport(file: File): void;
  onExport(): void;
  onPublish(): void;
  simulationOpen: boolean;
  onToggleSimulation(): void;
  onOptimise(): void;
}

const iconButton = "inline-flex h-8 w-8 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100 disabled:text-slate-300";

export function Toolbar({ topology, view, onViewChange, outage, onOutageChange, onHelp, onImport, onExport, onPublish, simulationOpen, onToggleSimulation, onOptimise }: Props) {
  const doc = useEditor((s) => s.doc);
  const canUndo = useEditor((s) => s.past.length > 0);
  const canRedo = useEditor((s) => s.future.length > 0);
  const undo = useEditor((s) => s.undo);
  const redo = useEditor((s) => s.redo);
  const flow = useReactFlow();
  const autoLayout = useAutoLayout();
  const fileInput = useRef<HTMLInputElement>(null);
  const { readOnly, reason } = useDesignerAccess();
  const canExport = useCan("topology.export");
  const canPublish = useCan("template.publish");
  const whyNot = useMissingPermissionReason();

  return (
    <div className="flex h-12 shrink-0 items-center gap-2 border-b border-slate-200 px-3" role="toolbar" aria-label="Designer">
      <nav aria-label="Breadcrumb" className="mr-2 flex min-w-32 items-center gap-1 text-sm">
        <Link href="/topologies" className="text-slate-500 hover:underline">Topologies</Link>
        <span className="text-slate-400">/</span>
        <h1 className="truncate font-semibold text-slate-900" title={topology.name}>{topology.name}</h1>
      </nav>
      <div className="mx-1 h-6 w-px bg-slate-200" />
      <button type="button" className={iconButton} onClick={undo} disabled={readOnly || !canUndo} aria-label="Undo" title={reason ?? "Undo (Ctrl+Z)"} aria-keyshortcuts="Control+Z">
        <Undo2 size={16} aria-hidden />
      </button>
      <button type="button" className={iconButton} onClick={redo} disabled={readOnly || !canRedo} aria-label="Redo" title={reason ?? "Redo (Ctrl+Shift+Z)"} aria-keyshortcuts="Control+Shift+Z">
        <Redo2 size={16} aria-hidden />
      </button>
      <div role="group" aria-label="View" className="ml-1 inline-flex rounded-md border border-slate-300 p-0.5 text-sm">
        {(["canvas", "map"] as const).map((v) => (
          <button key={v} type="button" aria-pressed={view === v} onClick={() => onViewChange(v)}
            className={clsx("rounded px-2.5 py-0.5", view === v ? "bg-slate-100 font-medium" : "text-slate-600")}>
            {v === "canvas" ? "Canvas" : "Map"}
          </button>
        ))}
      </div>
      {view === "canvas" ? (
        <>
          <button type="button" className={iconButton} onClick={() => void autoLayout()} disabled={readOnly} aria-label="Auto-layout" title={reason ?? "Auto-layout (L)"}>
            <LayoutGrid size={16} aria-hidden />
          </button>
          <button type="button" className={iconButton} onClick={() => void flow.fitView({ padding: 0.2, duration: 200 })} aria-label="Fit view" title="Fit view (F)">
            <Maximize size={16} aria-hidden />
          </button>
        </>
      ) : null}
      <label className="ml-2 flex items-center gap-1.5 whitespace-nowrap text-sm text-slate-600">
        {/* Short visible text (the design's name needs the room); the accessible name contains it. */}
        <span aria-hidden>Outage</span>
        <select
          aria-label="Simulate outage"
          // Fixed width: the options name regions in full, which would otherwise crowd the design's name out.
          className="h-8 w-36 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-800"
          value={outageValue(outage)}
          onChange={(e) => onOutageChange(parseOutageValue(e.target.value))}
        >
          <option value="">None</option>
          {outageChoices(doc).map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </optgroup>
          ))}
        </select>
      </label>
      {/* Icons with names and tooltips: at 1280 px the toolbar has no room for two more words. */}
      <button type="button" aria-pressed={simulationOpen} onClick={onToggleSimulation} aria-keyshortcuts="S" aria-label="Simulation"
        title="Simulation: block timing, availability and outage drills (S)"
        className={clsx(iconButton, simulationOpen && "bg-slate-200 text-slate-900")}>
        <Activity size={16} aria-hidden />
      </button>
      <button type="button" onClick={onOptimise} aria-keyshortcuts="O" aria-label="Optimise the placement"
        title="Optimise: the best placement for this design's requirements (O)" className={iconButton}>
        <Sparkles size={16} aria-hidden />
      </button>
      <div className="ml-auto flex items-center gap-1">
        <Link href={`/topologies/${topology.id}/versions`} className="rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100">Versions</Link>
        <Link href={`/topologies/${topology.id}/reviews`} className="rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100">Reviews</Link>
        <Link href={`/topologies/${topology.id}/json`} className="rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100">JSON</Link>
        <input ref={fileInput} type="file" accept=".json,.yaml,.yml,.dsl,.txt,application/json,text/plain" className="sr-only" tabIndex={-1} aria-hidden
          onChange={(e) => { const f = e.target.files?.[0]; if (f) onImport(f); e.target.value = ""; }} />
        <button type="button" className={iconButton} onClick={() => fileInput.current?.click()} disabled={readOnly} aria-label="Import a QDQ or Meridian file" title={reason ?? "Import a QDQ or Meridian file (or drop it on the canvas)"}>
          <Upload size={16} aria-hidden />
        </button>
        <button type="button" className={iconButton} onClick={() => downloadJson(doc)} aria-label="Download the document as JSON" title="Download JSON">
          <Download size={16} aria-hidden />
        </button>
        <button type="button" onClick={onPublish} disabled={!canPublish}
          title={canPublish ? "Publish the saved version as a marketplace template" : `Publishing templates is not allowed: ${whyNot}`}
          className="rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 disabled:cursor-not-allowed disabled:text-slate-400">
          Publish
        </button>
        <button type="button" onClick={onExport} disabled={!canExport} aria-keyshortcuts="E"
          title={canExport ? "Export a deployment bundle (E)" : `Exporting a deployment bundle is not allowed: ${whyNot}`}
          className="ml-1 inline-flex h-8 items-center gap-1.5 rounded-md bg-blue-700 px-3 text-sm font-medium text-white hover:bg-blue-800 disabled:cursor-not-allowed disabled:bg-blue-300">
          <Package size={15} aria-hidden /> Export
        </button>
        <button type="button" className={iconButton} onClick={onHelp} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
          <HelpCircle size={16} aria-hidden />
        </button>
      </div>
    </div>
  );
}

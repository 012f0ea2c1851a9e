"use client";

import { useReactFlow } from "@xyflow/react";
import { useEffect } from "react";
import { toast } from "sonner";
import { useEditorStore } from "@/lib/client/editor/context";
import { EditError, pasteNodeGroups } from "@/lib/domain/edit";
import { applyCanvasEdits, deleteSteps } from "@/components/canvas/gesture-edits";
import { useCan } from "@/components/shell/page-session-context";
import { useAutoLayout } from "./use-auto-layout";
import { useDesignerAccess } from "./use-designer-access";
import { zoomActionOf, zoomCanvas } from "./zoom-shortcuts";

interface Handlers {
  onHelp(): void;
  onToggleView(): void;
  onSave(): void;
  onExport(): void;
  onToggleSimulation(): void;
  onOptimise(): void;
}

/** The designer's keyboard shortcuts; none fire while the user types in a field. */
export function useDesignerShortcuts({ onHelp, onToggleView, onSave, onExport, onToggleSimulation, onOptimise }: Handlers) {
  const store = useEditorStore();
  const flow = useReactFlow();
  const autoLayout = useAutoLayout();
  const { readOnly, reason } = useDesignerAccess();
  const canExport = useCan("topology.export");

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (target.closest("input, textarea, select, [contenteditable=true], [role=dialog]")) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const state = store.getState();
      const handled = (() => {
        // Read only: the gestures that would change the document say why instead.
        const changes = (mod && ["z", "y", "v"].includes(key)) || (!mod && ["delete", "backspace", "l"].includes(key) && (key === "l" || state.selection.length > 0));
        if (readOnly && changes) return toast.info(`${reason}.`), true;
        if (mod && key === "z" && !event.shiftKey) return state.undo(), true;
        if (mod && ((key === "z" && event.shiftKey) || key === "y")) return state.redo(), true;
        if (mod && key === "s") return onSave(), true;
        if (mod && key === "a") {
          state.select([...state.doc.regions.map((r) => r.id), ...state.doc.nodeGroups.map((g) => g.id), ...state.doc.links.map((l) => l.id)]);
          return true;
        }
        if (mod && key === "c") {
          const n = state.copySelection();
          if (n) toast.success(`Copied ${n} node group${n === 1 ? "" : "s"}`);
          return n > 0;
        }
        if (mod && key === "v") {
          const target = state.doc.regions.find((r) => state.selection.includes(r.id))?.id
            ?? state.doc.nodeGroups.find((g) => state.selection.includes(g.id))?.regionId;
          if (!state.clipboard.length) return false;
          if (!target) return toast.info("Select a region to paste into."), true;
          try {
            const ids = state.edit("Paste node groups", (d) => pasteNodeGroups(d, state.clipboard, target));
            state.select(ids);
          } catch (error) {
            if (error instanceof EditError) toast.error(error.message);
            else throw error;
          }
          return true;
        }
        if (mod) return false;
        if ((key === "delete" || key === "backspace") && state.selection.length) {
          for (const step of deleteSteps(state.selection)) {
            if (step.kind === "edit") state.edit(step.label, (d) => applyCanvasEdits(d, step.edits));
          }
          return true;
        }
        if (key === "escape") return state.select([]), true;
        if (key === "f") return void flow.fitView({ padding: 0.2, duration: 200 }), true;
        const zoom = event.altKey ? undefined : zoomActionOf(event.key);
        if (zoom) return void zoomCanvas(flow, zoom), true;
        if (key === "z" && state.selection.length) {
          const nodeIds = state.selection.flatMap((id) => {
            const link = state.doc.links.find((l) => l.id === id);
            return link ? [link.from, link.to] : [id];
          });
          return void flow.fitView({ nodes: nodeIds.map((id) => ({ id })), padding: 0.4, duration: 200, maxZoom: 1.5 }), true;
        }
        if (key === "l") return void autoLayout(), true;
        if (key === "m") return onToggleView(), true;
        if (key === "s" && !mod) return onToggleSimulation(), true;
        if (key === "o" && !mod) return onOptimise(), true;
        if (key === "e") return canExport && (onExport(), true);
        if (key === "?" || (key === "/" && event.shiftKey)) return onHelp(), true;
        return false;
      })();
      if (handled) event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [store, flow, autoLayout, onHelp, onToggleView, onSave, onExport, onToggleSimulation, onOptimise, readOnly, reason, canExport]);
}

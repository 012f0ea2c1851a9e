"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef } from "react";
import { ApiError, apiFetch } from "@/lib/client/api";
import { useEditor, useEditorStore } from "@/lib/client/editor/context";
import { topologyKeys } from "@/lib/client/topologies";
import type { TopologyDocument } from "@/lib/domain/schema";

/** Saves a new version this long after the last edit. */
export const AUTOSAVE_DELAY_MS = 1500;

/**
 * Autosave: shortly after edits stop, the document is saved as a new version on top of the base the
 * edits started from. A stale base comes back as 409 and becomes a conflict for the user to settle.
 */
export function useAutosave(readOnly: boolean) {
  const store = useEditorStore();
  const client = useQueryClient();
  const revision = useEditor((s) => s.revision);
  const saveKind = useEditor((s) => s.save.kind);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef(false);
  const savedHistory = useRef(0);

  const saveNow = useCallback(async () => {
    const state = store.getState();
    if (readOnly || inFlight.current || state.save.kind !== "dirty") return;
    inFlight.current = true;
    const { revision: savedRevision, doc, baseVersion, topologyId, past } = state;
    store.getState().setSave({ kind: "saving" });
    try {
      const result = await apiFetch<{ version: number }>(`/api/topologies/${topologyId}`, {
        method: "PUT",
        json: { baseVersion, document: doc, message: summarise(past.slice(Math.min(savedHistory.current, past.length)).map((p) => p.label)) },
      });
      savedHistory.current = past.length;
      store.getState().markSaved(result.version, savedRevision, doc);
      void client.invalidateQueries({ queryKey: topologyKeys.versions(topologyId) });
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.details.currentVersion) {
        const current = error.details.currentVersion as { number: number; authorName: string | null; document: TopologyDocument };
        store.getState().setSave({ kind: "conflict", theirs: current });
      } else {
        store.getState().setSave({ kind: "error", message: (error as Error).message });
      }
    } finally {
      inFlight.current = false;
    }
  }, [store, client, readOnly]);

  useEffect(() => {
    if (saveKind !== "dirty") return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer.current);
  }, [revision, saveKind, saveNow]);

  // Leaving with unsaved edits asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      const kind = store.getState().save.kind;
      if (kind === "dirty" || kind === "saving" || kind === "conflict") event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [store]);

  return { saveNow };
}

/** The version message: what was done since the last save, most recent last. */
function summarise(labels: string[]): string {
  if (labels.length === 0) return "Edited in the designer";
  const recent = labels.slice(-3).join("; ");
  const text = labels.length > 3 ? `${labels.length} edits, latest: ${recent}` : recent;
  return text.slice(0, 500);
}

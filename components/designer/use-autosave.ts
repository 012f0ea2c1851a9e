"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { apiFetch } from "@/lib/client/api";
import { createAutosaver } from "@/lib/client/editor/autosaver";
import { useEditor, useEditorStore } from "@/lib/client/editor/context";
import type { EditorStore } from "@/lib/client/editor/store";
import { cacheSavedVersion } from "@/lib/client/saved-version-cache";
import { SavedVersionSchema } from "@/lib/domain/api";

/** Saves a new version this long after the last edit. */
export const AUTOSAVE_DELAY_MS = 1500;

/**
 * Autosave: shortly after edits stop, the document is saved as a new version on top of the base the
 * edits started from. A stale base comes back as 409 and becomes a conflict for the user to settle.
 * Leaving the designer inside the app saves unsaved edits at once; leaving the page asks first.
 */
export function useAutosave(readOnly: boolean) {
  const store = useEditorStore();
  const client = useQueryClient();
  const revision = useEditor((s) => s.revision);
  const saveKind = useEditor((s) => s.save.kind);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [saver] = useState(() =>
    createAutosaver(store, {
      // A stale base comes back as ApiError 409; the autosaver reads its details with SaveConflictDetailsSchema.
      put: ({ topologyId, ...body }) => apiFetch(`/api/topologies/${topologyId}`, SavedVersionSchema, { method: "PUT", json: body }),
      onSaved: (topologyId, saved) => cacheSavedVersion(client, topologyId, saved),
    }),
  );

  const saveNow = useCallback(() => (readOnly ? Promise.resolve() : saver.save()), [saver, readOnly]);

  useEffect(() => {
    if (saveKind !== "dirty") return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer.current);
  }, [revision, saveKind, saveNow]);

  // In-app navigation unmounts the designer without a beforeunload: save what the timer has not yet.
  const readOnlyNow = useRef(readOnly);
  useEffect(() => {
    readOnlyNow.current = readOnly;
  }, [readOnly]);
  useEffect(
    () => () => {
      if (readOnlyNow.current) return;
      void saver.save().then(() => reportUnsaved(store));
    },
    [saver, store],
  );

  // Leaving the page with unsaved edits asks first.
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

/** After the designer has closed, the save state is shown nowhere: say so when edits could not be saved. */
function reportUnsaved(store: EditorStore) {
  const save = store.getState().save;
  if (save.kind === "conflict") toast.error(`Your last edits were not saved: version ${save.theirs.number} was saved meanwhile. Reopen the topology to settle it.`);
  else if (save.kind === "error") toast.error(`Your last edits were not saved: ${save.message}`);
}

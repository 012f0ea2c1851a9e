"use client";

import { useCallback, useState } from "react";
import { toast } from "sonner";
import { useEditorStore } from "@/lib/client/editor/context";
import { replaceDocument } from "@/lib/domain/edit";
import { mergeInto, readDesignFile, type ImportMode, type ImportedDesign } from "@/lib/domain/qdq";

const MAX_IMPORT_BYTES = 8 * 1024 * 1024;

/** A file read and waiting for the user to say whether it replaces the open design or merges into it. */
export interface PendingImport {
  fileName: string;
  design: ImportedDesign;
  warnings: string[];
}

/**
 * Reads a dropped or chosen file: a Meridian document or any QDQ form. Into an empty design it goes straight
 * in; otherwise `pending` holds it until `choose` says replace or merge (or null to cancel). Either way the
 * import is one undoable edit, so nothing is lost.
 */
export function useFileImport() {
  const store = useEditorStore();
  const [pending, setPending] = useState<PendingImport | null>(null);

  const apply = useCallback(
    ({ fileName, design, warnings }: PendingImport, mode: ImportMode) => {
      const { document, notes } = mergeInto(store.getState().doc, design, mode);
      store.getState().edit(`${mode === "merge" ? "Merge" : "Import"} ${fileName}`, (draft) => replaceDocument(draft, document));
      const said = [...notes, ...warnings];
      toast.success(`${mode === "merge" ? "Merged" : "Imported"} ${fileName}${said.length ? ` with ${said.length} note${said.length === 1 ? "" : "s"}` : ""}. Ctrl+Z undoes it.`, {
        description: said.slice(0, 3).join(" · ") || undefined,
      });
    },
    [store],
  );

  const importFile = useCallback(
    async (file: File) => {
      if (file.size > MAX_IMPORT_BYTES) return void toast.error(`${file.name} is larger than 8 MiB.`);
      const read = readDesignFile(await file.text());
      if (!read.ok) return void toast.error(`Could not import ${file.name}: ${read.message}`);
      const next = { fileName: file.name, design: read.design, warnings: read.warnings };
      const { doc } = store.getState();
      if (doc.regions.length === 0 && doc.nodeGroups.length === 0) apply(next, "replace");
      else setPending(next);
    },
    [store, apply],
  );

  const choose = useCallback(
    (mode: ImportMode | null) => {
      if (pending && mode) apply(pending, mode);
      setPending(null);
    },
    [pending, apply],
  );

  return { importFile, pending, choose };
}

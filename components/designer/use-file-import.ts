"use client";

import { useCallback } from "react";
import { toast } from "sonner";
import { parse as parseYaml } from "yaml";
import { useEditorStore } from "@/lib/client/editor/context";
import { replaceDocument } from "@/lib/domain/edit";
import { importQdq, QdqImportError } from "@/lib/domain/qdq";
import { formatIssues, parseDocument, type TopologyDocument } from "@/lib/domain/schema";

const MAX_IMPORT_BYTES = 8 * 1024 * 1024;

/**
 * Reads a dropped or chosen file: a Meridian document (JSON or YAML) or any QDQ format. The imported
 * design replaces the current one as a single undoable edit, so nothing is lost.
 */
export function useFileImport() {
  const store = useEditorStore();
  return useCallback(
    async (file: File) => {
      if (file.size > MAX_IMPORT_BYTES) return void toast.error(`${file.name} is larger than 8 MiB.`);
      const text = await file.text();
      let document: TopologyDocument | undefined;
      let warnings: string[] = [];
      try {
        const raw = /^\s*[{[]/.test(text) ? JSON.parse(text) : parseYaml(text);
        const native = raw && typeof raw === "object" && "schemaVersion" in raw ? parseDocument(raw) : undefined;
        if (native && !native.success) {
          const first = formatIssues(native.error)[0];
          return void toast.error(`${file.name} is a Meridian document with problems: ${first?.path}: ${first?.message}`);
        }
        if (native?.success) document = native.data;
        else ({ document, warnings } = importQdq(raw));
      } catch (error) {
        const message = error instanceof QdqImportError || error instanceof SyntaxError ? error.message : String(error);
        return void toast.error(`Could not import ${file.name}: ${message}`);
      }
      const current = store.getState().doc;
      store.getState().edit(`Import ${file.name}`, (draft) => replaceDocument(draft, { ...document!, name: current.name, layout: { positions: {} } }));
      toast.success(`Imported ${file.name}${warnings.length ? ` with ${warnings.length} note${warnings.length === 1 ? "" : "s"}` : ""}. Ctrl+Z undoes it.`, {
        description: warnings.slice(0, 3).join(" · ") || undefined,
      });
    },
    [store],
  );
}

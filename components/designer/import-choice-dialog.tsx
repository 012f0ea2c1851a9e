"use client";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useEditor } from "@/lib/client/editor/context";
import type { ImportMode } from "@/lib/domain/qdq";
import type { PendingImport } from "./use-file-import";

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/**
 * Asks how a file goes into the open design. Both answers keep the design's compliance packs, operations,
 * budget, tags and whatever the file does not state; Escape or Cancel leaves the design as it is.
 */
export function ImportChoiceDialog({ pending, onChoose }: { pending: PendingImport | null; onChoose(mode: ImportMode | null): void }) {
  const doc = useEditor((s) => s.doc);
  if (!pending) return null;
  const file = pending.design.document;
  return (
    <Dialog open onOpenChange={(open) => !open && onChoose(null)} title={`Import ${pending.fileName}`}
      description={`The file has ${count(file.regions.length, "region")} and ${count(file.nodeGroups.length, "node group")}; your design has ${count(doc.regions.length, "region")}.`}>
      <ul className="mb-4 space-y-2 text-sm text-slate-700">
        <li><span className="font-medium text-slate-900">Replace the design</span>: its regions, node groups and links become the file&apos;s, with the settings the file states.</li>
        <li><span className="font-medium text-slate-900">Merge into it</span>: the file&apos;s regions, node groups and links are added beside yours; ids that clash are renamed.</li>
      </ul>
      <p className="mb-4 text-sm text-slate-600">
        Either way your compliance packs, backup region and other operations, budget and tags stay, and Ctrl+Z undoes the import.
      </p>
      {pending.warnings.length > 0 ? (
        <p className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          The import has {count(pending.warnings.length, "note")}: {pending.warnings[0]}
          {pending.warnings.length > 1 ? " …" : ""}
        </p>
      ) : null}
      <div className="flex justify-end gap-2">
        <Button onClick={() => onChoose(null)}>Cancel</Button>
        <Button onClick={() => onChoose("merge")}>Merge into it</Button>
        <Button variant="primary" onClick={() => onChoose("replace")}>Replace the design</Button>
      </div>
    </Dialog>
  );
}

"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useEditor, useEditorStore } from "@/lib/client/editor/context";
import { topologyKeys } from "@/lib/client/topologies";
import type { TopologyDocument } from "@/lib/domain/schema";

function describe(doc: TopologyDocument): string {
  const nodes = doc.nodeGroups.reduce((n, g) => n + g.count, 0);
  return `${doc.regions.length} regions, ${doc.nodeGroups.length} node groups (${nodes} nodes), ${doc.links.length} links`;
}

/**
 * Someone else saved while this tab was editing. Nothing is lost: the user reloads theirs (and can still
 * undo back to their own edits), or saves their own on top as a new version.
 */
export function ConflictDialog() {
  const store = useEditorStore();
  const save = useEditor((s) => s.save);
  const doc = useEditor((s) => s.doc);
  const client = useQueryClient();
  if (save.kind !== "conflict") return null;
  const { theirs } = save;

  const keepMine = () => {
    store.setState({ baseVersion: theirs.number, save: { kind: "dirty" } });
  };
  const loadTheirs = () => {
    store.getState().edit(`Load version ${theirs.number}`, (draft) => {
      Object.assign(draft, theirs.document);
    });
    store.setState({ baseVersion: theirs.number, save: { kind: "saved", version: theirs.number } });
    void client.invalidateQueries({ queryKey: topologyKeys.all });
  };

  return (
    <Dialog open onOpenChange={() => undefined} title="Someone else saved this topology"
      description={`Version ${theirs.number} was saved by ${theirs.authorName ?? "another user"} while you were editing.`}>
      <dl className="mb-4 grid grid-cols-[5rem_1fr] gap-y-1 text-sm">
        <dt className="text-slate-500">Theirs</dt><dd>{describe(theirs.document)}</dd>
        <dt className="text-slate-500">Yours</dt><dd>{describe(doc)}</dd>
      </dl>
      <p className="mb-4 text-sm text-slate-600">
        Loading theirs keeps your edits in the undo history. Keeping yours saves them as version {theirs.number + 1}, on top of theirs.
      </p>
      <div className="flex justify-end gap-2">
        <Button onClick={loadTheirs}>Load version {theirs.number}</Button>
        <Button variant="primary" onClick={keepMine}>Keep mine as a new version</Button>
      </div>
    </Dialog>
  );
}

"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useEditor, useEditorStore } from "@/lib/client/editor/context";
import { topologyKeys } from "@/lib/client/topologies";
import { replaceDocument } from "@/lib/domain/edit";
import { describeChanges, overlappingChanges, type ChangeLine } from "@/lib/domain/diff/describe-changes";

/**
 * Someone else saved while this tab was editing. The dialog shows what each side changed since the
 * version both started from, and nothing is lost: the user loads theirs (their own edits stay in the
 * undo history) or saves their own on top as a new version.
 */
export function ConflictDialog() {
  const store = useEditorStore();
  const save = useEditor((s) => s.save);
  const doc = useEditor((s) => s.doc);
  const baseDoc = useEditor((s) => s.baseDoc);
  const client = useQueryClient();
  const theirs = save.kind === "conflict" ? save.theirs : null;
  const changes = useMemo(() => {
    if (!theirs) return null;
    const their = describeChanges(baseDoc, theirs.document);
    const mine = describeChanges(baseDoc, doc);
    return { their, mine, both: overlappingChanges(their, mine) };
  }, [theirs, baseDoc, doc]);
  if (!theirs || !changes) return null;

  const keepMine = () => store.getState().rebase(theirs.number, theirs.document);
  const loadTheirs = () => {
    store.getState().edit(`Load version ${theirs.number}`, (draft) => replaceDocument(draft, theirs.document));
    store.getState().markSaved(theirs.number, store.getState().revision, theirs.document);
    void client.invalidateQueries({ queryKey: topologyKeys.all });
  };

  return (
    <Dialog open onOpenChange={() => undefined} wide title="Someone else saved this topology"
      description={`Version ${theirs.number} was saved by ${theirs.authorName ?? "another user"} while you were editing.`}>
      <div className="mb-4 grid grid-cols-2 gap-4" data-testid="conflict-changes">
        <ChangeList title={`Their changes (v${theirs.number})`} lines={changes.their} both={changes.both} />
        <ChangeList title="Your unsaved changes" lines={changes.mine} both={changes.both} />
      </div>
      {changes.both.size > 0 ? (
        <p className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Both of you changed {changes.both.size === 1 ? "one element" : `${changes.both.size} elements`} (marked). Keeping yours replaces their version of {changes.both.size === 1 ? "it" : "them"}.
        </p>
      ) : null}
      <p className="mb-4 text-sm text-slate-600">
        Loading theirs keeps your edits in the undo history (Ctrl+Z brings them back). Keeping yours saves your design as version {theirs.number + 1}, on top of theirs.
      </p>
      <div className="flex justify-end gap-2">
        <Button onClick={loadTheirs}>Load version {theirs.number}</Button>
        <Button variant="primary" onClick={keepMine}>Keep mine as a new version</Button>
      </div>
    </Dialog>
  );
}

function ChangeList({ title, lines, both }: { title: string; lines: ChangeLine[]; both: Set<string> }) {
  return (
    <section aria-label={title} className="min-w-0">
      <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">{title}</h3>
      {lines.length === 0 ? (
        <p className="text-sm text-slate-500">Only layout, or nothing.</p>
      ) : (
        <ul className="max-h-48 space-y-1 overflow-y-auto text-sm">
          {lines.map((l) => {
            const overlap = both.has(`${l.kind}:${l.id}`);
            return (
              <li key={`${l.kind}:${l.id}`} className={overlap ? "rounded bg-amber-50 px-1 text-amber-900" : "px-1 text-slate-800"}>
                {overlap ? <span className="sr-only">Changed by both: </span> : null}
                {l.text}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

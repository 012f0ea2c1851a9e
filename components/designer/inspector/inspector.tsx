"use client";

import { Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { Analysis } from "@/lib/client/editor/analysis";
import { useEditor, useEditorStore } from "@/lib/client/editor/context";
import { removeElements } from "@/lib/domain/edit";
import { useDesignerAccess } from "../use-designer-access";
import { GroupInspector } from "./group-inspector";
import { LinkInspector } from "./link-inspector";
import { NetworkInspector } from "./network-inspector";
import { RegionInspector } from "./region-inspector";

/** Edits the selected element, or the network's settings when nothing is selected. */
export function Inspector({ analysis }: { analysis: Analysis }) {
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  const selection = useEditor((s) => s.selection);
  const { readOnly, reason } = useDesignerAccess();
  const only = selection.length === 1 ? selection[0] : undefined;
  const region = only ? doc.regions.find((r) => r.id === only) : undefined;
  const group = only ? doc.nodeGroups.find((g) => g.id === only) : undefined;
  const link = only ? doc.links.find((l) => l.id === only) : undefined;

  return (
    <aside aria-label="Inspector" className="flex w-80 shrink-0 flex-col border-l border-slate-200 bg-white">
      {/* Read only: focusable, so the fields can still be scrolled through from the keyboard. */}
      <div className="min-h-0 flex-1 overflow-y-auto p-4" tabIndex={readOnly ? 0 : undefined}>
      {/* Read only: one disabled fieldset turns off every field and button inside. */}
      <fieldset disabled={readOnly} title={reason ?? undefined} className="min-w-0 [&_:is(input,select,textarea):disabled]:bg-slate-50">
        {selection.length > 1 ? (
          <div className="flex flex-col gap-3">
            <h2 className="text-sm font-semibold">{selection.length} elements selected</h2>
            <p className="text-sm text-slate-600">Copy them with Ctrl+C, or delete them together.</p>
            <Button variant="danger" onClick={() => store.getState().edit(`Delete ${selection.length} elements`, (d) => removeElements(d, selection))}>
              <Trash2 size={15} aria-hidden /> Delete selection
            </Button>
          </div>
        ) : region ? (
          <RegionInspector key={region.id} region={region} />
        ) : group ? (
          <GroupInspector key={group.id} group={group} />
        ) : link ? (
          <LinkInspector key={link.id} link={link} analysis={analysis} />
        ) : (
          <NetworkInspector />
        )}
      </fieldset>
      </div>
    </aside>
  );
}

"use client";

import { Trash2 } from "lucide-react";
import { useEditorStore } from "@/lib/client/editor/context";
import { removeElements } from "@/lib/domain/edit";

export function ElementHeader({ id, title, subtitle }: { id: string; title: string; subtitle?: string }) {
  const store = useEditorStore();
  return (
    <div className="mb-4 flex items-start justify-between gap-2">
      <div className="min-w-0">
        <h2 className="truncate text-sm font-semibold text-slate-900">{title}</h2>
        {subtitle ? <p className="text-xs text-slate-500">{subtitle}</p> : null}
      </div>
      <button type="button" aria-label={`Delete ${title}`} title="Delete (Del)"
        onClick={() => store.getState().edit(`Delete ${id}`, (d) => removeElements(d, [id]))}
        className="rounded p-1.5 text-slate-500 hover:bg-red-50 hover:text-sev-error">
        <Trash2 size={15} aria-hidden />
      </button>
    </div>
  );
}

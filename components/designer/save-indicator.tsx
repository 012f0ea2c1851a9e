"use client";

import { useEditor } from "@/lib/client/editor/context";

export function SaveIndicator() {
  const save = useEditor((s) => s.save);
  const text =
    save.kind === "saved" ? `Saved · v${save.version}` :
    save.kind === "dirty" ? "Unsaved changes" :
    save.kind === "saving" ? "Saving…" :
    save.kind === "conflict" ? `Conflict with v${save.theirs.number}` :
    `Not saved: ${save.message}`;
  const colour = save.kind === "saved" ? "text-ok" : save.kind === "conflict" || save.kind === "error" ? "text-sev-error" : "text-slate-600";
  return (
    <span className={`font-medium ${colour}`} aria-live="polite" data-testid="save-state">
      {text}
    </span>
  );
}

"use client";

import { useState, type FormEvent } from "react";
import { toast } from "sonner";
import { useCan } from "@/components/shell/page-session-context";
import { useSaveDrill } from "@/lib/client/drills";
import { useEditor } from "@/lib/client/editor/context";
import { useTopologyReviews } from "@/lib/client/reviews";
import { formatDurationMs, type DrillResult } from "@/lib/domain/simulation";

const input = "h-8 w-full rounded-md border border-slate-300 bg-white px-2 text-sm";

/**
 * Keeps a played drill with the saved version it was played on, optionally attached to a review of that version.
 * The server plays it again on the stored version, so what is kept is true of that version.
 */
export function SaveDrillForm({ topologyId, drill }: { topologyId: string; drill: DrillResult }) {
  const save = useEditor((s) => s.save);
  const canSave = useCan("drill.save");
  const reviews = useTopologyReviews(topologyId);
  const saveDrill = useSaveDrill(topologyId);
  const [name, setName] = useState(`${drill.failure.label} at ${formatDurationMs(drill.spec.atMs)}`);
  const [reviewId, setReviewId] = useState("");
  if (!canSave) return null;
  if (save.kind !== "saved") {
    return <p className="text-xs text-slate-600">Save the design to keep this drill: a drill is kept with a saved version.</p>;
  }
  const version = save.version;
  const openReviews = (reviews.data?.reviews ?? []).filter((r) => r.version === version);

  function submit(event: FormEvent) {
    event.preventDefault();
    saveDrill.mutate(
      { version, name, spec: drill.spec, seed: drill.seed, ...(reviewId ? { reviewId } : {}) },
      {
        onSuccess: (saved) => toast.success(`Drill saved with version ${saved.version}${reviewId ? " and attached to the review" : ""}.`),
        onError: (error) => toast.error(`The drill was not saved: ${error instanceof Error ? error.message : String(error)}`),
      },
    );
  }

  return (
    <form className="flex flex-col gap-2 rounded-md border border-slate-200 p-2" onSubmit={submit} aria-label="Save the drill">
      <label className="flex flex-col gap-1 text-xs text-slate-600">
        Name
        <input className={input} value={name} maxLength={120} required onChange={(e) => setName(e.target.value)} />
      </label>
      {openReviews.length > 0 ? (
        <label className="flex flex-col gap-1 text-xs text-slate-600">
          Attach to a review of version {version}
          <select className={input} value={reviewId} onChange={(e) => setReviewId(e.target.value)}>
            <option value="">No review</option>
            {openReviews.map((r) => <option key={r.id} value={r.id}>{r.message || `Review of version ${r.version}`} ({r.status})</option>)}
          </select>
        </label>
      ) : null}
      <button type="submit" disabled={saveDrill.isPending || name.trim() === ""}
        className="h-8 self-start rounded-md border border-slate-300 px-3 text-sm hover:bg-slate-50 disabled:text-slate-400">
        {saveDrill.isPending ? "Saving…" : `Save with version ${version}`}
      </button>
    </form>
  );
}

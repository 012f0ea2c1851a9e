"use client";

import clsx from "clsx";
import { ChevronDown, MessageSquare } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import type { CanvasTarget } from "@/components/canvas/overlay/overlay";
import { useEditor, useEditorStore } from "@/lib/client/editor/context";
import { useReviews, useTopologyReviews } from "@/lib/client/reviews";
import type { TopologySummary } from "@/lib/domain/api";
import { OpenReviewComments } from "./open-review-comments";
import { RequestReviewButton } from "./request-review-button";
import { useRevealElement } from "./use-reveal-element";

const MAX_REVIEWS = 5;

/**
 * Over the designer's canvas: the comments of the topology's waiting reviews, so the editor can address
 * them (Show selects and centres the element), and "Request review" of the saved version.
 */
export function DesignerReviewPanel({ topology }: { topology: TopologySummary }) {
  const [open, setOpen] = useState(false);
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  const savedVersion = useEditor((s) => s.baseVersion);
  const unsaved = useEditor((s) => s.save.kind !== "saved");
  const reveal = useRevealElement(doc);
  const list = useTopologyReviews(topology.id);
  const waiting = (list.data?.reviews ?? []).filter((r) => r.status !== "approved").slice(0, MAX_REVIEWS);
  const details = useReviews(waiting.map((r) => r.id));
  const reviews = details.flatMap((q) => (q.data ? [q.data.review] : []));
  const comments = reviews.reduce((n, r) => n + r.comments.length, 0);

  const show = (target: CanvasTarget) => {
    store.getState().select([target.id]);
    reveal(target);
  };

  return (
    // The box spans the panel's width; only its chip and panel take clicks, so the canvas under it stays usable.
    <div className="pointer-events-none absolute right-3 top-3 flex w-80 flex-col items-end [&>*]:pointer-events-auto" data-testid="designer-review-panel">
      <button type="button" onClick={() => setOpen(!open)} aria-expanded={open} aria-controls="designer-reviews"
        className={clsx("inline-flex items-center gap-1.5 rounded-full border bg-white px-3 py-1 text-sm shadow-sm hover:bg-slate-50", comments ? "border-amber-300 text-slate-900" : "border-slate-300 text-slate-700")}>
        <MessageSquare size={14} aria-hidden />
        {waiting.length ? `Reviews · ${comments} comment${comments === 1 ? "" : "s"}` : "Reviews"}
        <ChevronDown size={14} aria-hidden className={clsx("transition-transform", open && "rotate-180")} />
      </button>
      {open ? (
        <section id="designer-reviews" aria-label="Open review comments" className="mt-1.5 flex max-h-[60vh] w-full flex-col overflow-hidden rounded-lg border border-slate-200 bg-white shadow-lg">
          {list.isError ? <p role="alert" className="px-3 py-2 text-sm text-sev-error">Could not load the reviews: {list.error.message}</p> : null}
          {list.data && waiting.length === 0 ? <p className="px-3 py-3 text-sm text-slate-600">No review is waiting on this topology.</p> : null}
          {waiting.length ? <ul className="min-h-0 flex-1 overflow-y-auto">{reviews.map((r) => <OpenReviewComments key={r.id} review={r} doc={doc} onShow={show} />)}</ul> : null}
          <div className="flex items-center justify-between gap-2 border-t border-slate-200 bg-slate-50 px-3 py-2">
            <Link href={`/topologies/${topology.id}/reviews`} className="text-xs text-blue-800 hover:underline">All reviews</Link>
            <RequestReviewButton topologyId={topology.id} version={savedVersion} archived={topology.archived} />
          </div>
          {unsaved ? <p className="border-t border-slate-200 px-3 py-1.5 text-xs text-slate-600">Edits not saved yet: a review covers saved version {savedVersion}.</p> : null}
        </section>
      ) : null}
    </div>
  );
}

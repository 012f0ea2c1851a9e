"use client";

import { Crosshair } from "lucide-react";
import Link from "next/link";
import type { CanvasTarget } from "@/components/canvas/overlay/overlay";
import type { ReviewView } from "@/lib/domain/api";
import type { TopologyDocument } from "@/lib/domain/schema";
import { CommentItem } from "./comment-item";
import { elementLabel } from "./element-label";
import { ReviewStatusBadge } from "./review-status-badge";

interface Props {
  review: ReviewView;
  doc: TopologyDocument;
  onShow(target: CanvasTarget): void;
}

/** One waiting review in the designer: its comments, each pinned one with a button to find its element. */
export function OpenReviewComments({ review, doc, onShow }: Props) {
  const exists = (t: CanvasTarget) =>
    (t.kind === "region" ? doc.regions : t.kind === "nodeGroup" ? doc.nodeGroups : doc.links).some((e) => e.id === t.id);
  return (
    <li className="border-b border-slate-100 px-3 py-2 last:border-b-0">
      <div className="flex items-center gap-2">
        <Link href={`/reviews/${review.id}`} className="text-sm font-medium text-blue-800 hover:underline">Review of version {review.version}</Link>
        <ReviewStatusBadge status={review.status} />
      </div>
      {review.comments.length === 0 ? <p className="text-xs text-slate-600">No comments yet.</p> : (
        <ul className="mt-1">
          {review.comments.map((c) => (
            <li key={c.id} className="border-t border-slate-100 first:border-t-0">
              {c.target ? (
                <div className="flex items-center justify-between gap-2 pt-1.5">
                  <span className="min-w-0 truncate text-xs font-semibold text-slate-700">{elementLabel(doc, c.target)}</span>
                  {exists(c.target) ? (
                    <button type="button" onClick={() => onShow(c.target!)} aria-label={`Show ${elementLabel(doc, c.target)} on the canvas`}
                      className="inline-flex shrink-0 items-center gap-1 rounded px-1 text-xs text-blue-800 hover:bg-blue-50">
                      <Crosshair size={12} aria-hidden /> Show
                    </button>
                  ) : <span className="shrink-0 text-xs text-slate-500">removed</span>}
                </div>
              ) : null}
              <ul><CommentItem comment={c} currentVersion={review.version} /></ul>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

"use client";

import { Crosshair } from "lucide-react";
import type { CanvasTarget } from "@/components/canvas/overlay/overlay";
import type { ReviewCommentView } from "@/lib/domain/api";
import type { TopologyDocument } from "@/lib/domain/schema";
import { CommentItem } from "./comment-item";
import { elementLabel } from "./element-label";

interface Props {
  comments: ReviewCommentView[];
  doc: TopologyDocument;
  currentVersion: number;
  onShow(target: CanvasTarget): void;
}

/** Comments grouped by the element they are pinned to, then the general ones about the whole version. */
export function CommentList({ comments, doc, currentVersion, onShow }: Props) {
  const pinned = new Map<string, { target: CanvasTarget; items: ReviewCommentView[] }>();
  for (const c of comments) {
    if (!c.target) continue;
    const key = `${c.target.kind}:${c.target.id}`;
    const group = pinned.get(key) ?? { target: c.target, items: [] };
    group.items.push(c);
    pinned.set(key, group);
  }
  const general = comments.filter((c) => !c.target);
  const exists = (t: CanvasTarget) =>
    (t.kind === "region" ? doc.regions : t.kind === "nodeGroup" ? doc.nodeGroups : doc.links).some((e) => e.id === t.id);

  return (
    <section aria-labelledby="comments-heading" className="p-4">
      <h2 id="comments-heading" className="mb-2 text-sm font-semibold text-slate-900">Comments ({comments.length})</h2>
      {comments.length === 0 ? <p className="text-sm text-slate-600">No comments yet.</p> : null}
      {[...pinned.values()].map(({ target, items }) => (
        <div key={`${target.kind}:${target.id}`} className="mb-3 rounded-md border border-slate-200" data-testid="comment-group">
          <div className="flex items-center justify-between gap-2 border-b border-slate-100 bg-slate-50 px-2.5 py-1.5">
            <h3 className="min-w-0 truncate text-xs font-semibold text-slate-800">{elementLabel(doc, target)}</h3>
            {exists(target) ? (
              <button type="button" onClick={() => onShow(target)} aria-label={`Show ${elementLabel(doc, target)} on the canvas`} className="inline-flex shrink-0 items-center gap-1 rounded px-1.5 py-0.5 text-xs text-blue-800 hover:bg-blue-50">
                <Crosshair size={12} aria-hidden /> Show
              </button>
            ) : <span className="shrink-0 text-xs text-slate-500">not in this version</span>}
          </div>
          <ul className="divide-y divide-slate-100 px-2.5">
            {items.map((c) => <CommentItem key={c.id} comment={c} currentVersion={currentVersion} />)}
          </ul>
        </div>
      ))}
      {general.length ? (
        <div className="rounded-md border border-slate-200" data-testid="comment-group">
          <h3 className="border-b border-slate-100 bg-slate-50 px-2.5 py-1.5 text-xs font-semibold text-slate-800">The whole version</h3>
          <ul className="divide-y divide-slate-100 px-2.5">
            {general.map((c) => <CommentItem key={c.id} comment={c} currentVersion={currentVersion} />)}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

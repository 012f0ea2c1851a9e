"use client";

import { X } from "lucide-react";
import { useId, useState } from "react";
import type { CanvasTarget } from "@/components/canvas/overlay/overlay";
import { FormError } from "@/components/settings/form-error";
import { useCan, useMissingPermissionReason } from "@/components/shell/page-session-context";
import { Button } from "@/components/ui/button";
import { useCommentOnReview } from "@/lib/client/reviews";
import type { TopologyDocument } from "@/lib/domain/schema";
import { elementLabel, pinnableElements } from "./element-label";

interface Props {
  reviewId: string;
  version: number;
  doc: TopologyDocument;
  target: CanvasTarget | null;
  onTargetChange(target: CanvasTarget | null): void;
}

const keyOf = (t: CanvasTarget | null) => (t ? `${t.kind}:${t.id}` : "");
const BODY_FIELD = { region: "regionId", nodeGroup: "nodeGroupId", link: "linkId" } as const;

/** A comment on the whole version or pinned to the element picked on the canvas (or in the list, by keyboard). */
export function CommentComposer({ reviewId, version, doc, target, onTargetChange }: Props) {
  const canComment = useCan("review.comment");
  const why = useMissingPermissionReason();
  const comment = useCommentOnReview(reviewId);
  const [body, setBody] = useState("");
  const [empty, setEmpty] = useState(false);
  const ids = { pin: useId(), body: useId(), error: useId() };
  const elements = pinnableElements(doc);

  if (!canComment) {
    return <p role="note" className="border-b border-slate-200 p-4 text-sm text-slate-600">Commenting on reviews is not allowed: {why}.</p>;
  }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return setEmpty(true);
    try {
      await comment.mutateAsync({ body: body.trim(), ...(target && { [BODY_FIELD[target.kind]]: target.id }) });
      setBody("");
    } catch {
      // Shown below.
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="comment-heading" className="border-b border-slate-200 p-4">
      <h2 id="comment-heading" className="mb-2 text-sm font-semibold text-slate-900">Comment on version {version}</h2>
      <p className="mb-2 text-xs text-slate-600">Click an element on the canvas to pin your comment to it, or choose it here.</p>
      <label htmlFor={ids.pin} className="mb-1 block text-xs font-medium text-slate-700">Pin to</label>
      <div className="mb-2 flex items-center gap-1">
        <select id={ids.pin} value={keyOf(target)} className="h-8 min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2 text-sm"
          onChange={(e) => onTargetChange(elements.find((t) => keyOf(t) === e.target.value) ?? null)}>
          <option value="">The whole version</option>
          {elements.map((t) => <option key={keyOf(t)} value={keyOf(t)}>{elementLabel(doc, t)}</option>)}
        </select>
        {target ? (
          <button type="button" onClick={() => onTargetChange(null)} aria-label="Unpin: comment on the whole version" className="rounded p-1.5 text-slate-600 hover:bg-slate-100">
            <X size={14} aria-hidden />
          </button>
        ) : null}
      </div>
      <label htmlFor={ids.body} className="sr-only">Comment</label>
      <textarea id={ids.body} value={body} rows={3} maxLength={5000} placeholder={target ? `About ${elementLabel(doc, target)}…` : "About the whole version…"}
        onChange={(e) => { setBody(e.target.value); setEmpty(false); }}
        aria-invalid={empty || undefined} aria-describedby={empty ? ids.error : undefined}
        className="w-full rounded-md border border-slate-300 px-2.5 py-1.5 text-sm" />
      {empty ? <p id={ids.error} role="alert" className="text-sm text-sev-error">Write something first: a comment can't be empty.</p> : null}
      <FormError error={comment.error} prefix="Could not post the comment:" />
      <div className="mt-2 flex justify-end">
        <Button type="submit" size="sm" variant="primary" disabled={comment.isPending}>
          {comment.isPending ? "Posting…" : target ? "Pin comment" : "Comment"}
        </Button>
      </div>
    </form>
  );
}

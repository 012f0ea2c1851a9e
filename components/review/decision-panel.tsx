"use client";

import { Check, RotateCcw } from "lucide-react";
import { useId, useState } from "react";
import { toast } from "sonner";
import { FormError } from "@/components/settings/form-error";
import { useCan, useMissingPermissionReason, usePageSession } from "@/components/shell/page-session-context";
import { Button } from "@/components/ui/button";
import { useDecideReview } from "@/lib/client/reviews";
import type { ReviewDecision, ReviewView } from "@/lib/domain/api";
import { decisionAccess } from "./decision-reason";

/** Approve or request changes on the version under review; disabled, with the reason shown, for anyone who may not. */
export function DecisionPanel({ review, versionAuthorId }: { review: ReviewView; versionAuthorId?: string }) {
  const { user } = usePageSession();
  const canDecide = useCan("review.decide");
  const why = useMissingPermissionReason();
  const decide = useDecideReview(review.id);
  const [comment, setComment] = useState("");
  const commentId = useId();
  const reasonId = useId();
  const access = decisionAccess(review, user.id, versionAuthorId, canDecide, why);
  const mine = review.reviewers.find((r) => r.id === user.id)?.decision;
  const reasons = [...new Set([access.approve, access.requestChanges].filter((r): r is string => r !== null))];

  const run = async (decision: ReviewDecision) => {
    try {
      await decide.mutateAsync({ decision, ...(comment.trim() && { comment: comment.trim() }) });
      setComment("");
      toast.success(decision === "approve" ? `You approved version ${review.version}` : `You requested changes to version ${review.version}`);
    } catch {
      // Shown below.
    }
  };

  return (
    <section aria-labelledby="decision-heading" className="border-b border-slate-200 p-4">
      <h2 id="decision-heading" className="mb-2 text-sm font-semibold text-slate-900">Your decision on version {review.version}</h2>
      {mine ? (
        <p className="mb-2 text-sm text-slate-700" role="status">
          You {mine === "approve" ? "approved" : "requested changes to"} this version. You can change your mind below.
        </p>
      ) : null}
      {reasons.length ? (
        <div id={reasonId} role="note" className="mb-2 space-y-1 rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700">
          {reasons.map((r) => <p key={r}>{r}</p>)}
        </div>
      ) : null}
      {access.requestChanges === null ? (
        <>
          <label htmlFor={commentId} className="sr-only">Note with your decision (optional)</label>
          <textarea id={commentId} value={comment} onChange={(e) => setComment(e.target.value)} rows={2} maxLength={5000}
            placeholder="A note with your decision (optional)" className="mb-2 w-full rounded-md border border-slate-300 px-2.5 py-1.5 text-sm" />
        </>
      ) : null}
      <div className="flex gap-2">
        <Button variant="primary" size="sm" onClick={() => void run("approve")} disabled={Boolean(access.approve) || decide.isPending}
          aria-describedby={access.approve ? reasonId : undefined}>
          <Check size={15} aria-hidden /> Approve
        </Button>
        <Button size="sm" onClick={() => void run("request-changes")} disabled={Boolean(access.requestChanges) || decide.isPending}
          aria-describedby={access.requestChanges ? reasonId : undefined}>
          <RotateCcw size={15} aria-hidden /> Request changes
        </Button>
      </div>
      <div className="mt-2"><FormError error={decide.error} prefix="Could not record your decision:" /></div>
    </section>
  );
}

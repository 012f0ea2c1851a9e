"use client";

import { ArrowUpCircle } from "lucide-react";
import { toast } from "sonner";
import { FormError } from "@/components/settings/form-error";
import { Button } from "@/components/ui/button";
import { useMoveReviewVersion } from "@/lib/client/reviews";
import type { ReviewView } from "@/lib/domain/api";

/**
 * When the topology has moved on, the review's requester (or an admin or owner) moves it to the newest
 * version; the reviewers are told. The server says whether this caller may (`canMoveVersion`).
 */
export function MoveReviewPanel({ review }: { review: ReviewView }) {
  const canMove = review.canMoveVersion;
  const move = useMoveReviewVersion(review.id);
  if (review.latestVersion <= review.version) return null;
  const run = async () => {
    try {
      await move.mutateAsync(review.latestVersion);
      toast.success(`The review is now on version ${review.latestVersion}; the reviewers are told.`);
    } catch {
      // Shown below.
    }
  };
  return (
    <section aria-labelledby="move-heading" className="border-b border-slate-200 bg-blue-50/50 p-4">
      <h2 id="move-heading" className="text-sm font-semibold text-slate-900">Version {review.latestVersion} is newer</h2>
      <p className="mt-1 text-sm text-slate-700">
        This review is on version {review.version}. {canMove
          ? "Move it to the newest version once your fix is saved: reviewers then see what changed and decide again."
          : `Only ${review.requestedBy.name ?? review.requestedBy.email ?? "the member"} (who asked for it), an admin or an owner can move it to the newest version.`}
      </p>
      {canMove ? (
        <Button size="sm" className="mt-2" onClick={() => void run()} disabled={move.isPending}>
          <ArrowUpCircle size={15} aria-hidden /> {move.isPending ? "Moving…" : `Move review to version ${review.latestVersion}`}
        </Button>
      ) : null}
      <div className="mt-2"><FormError error={move.error} prefix="Could not move the review:" /></div>
    </section>
  );
}

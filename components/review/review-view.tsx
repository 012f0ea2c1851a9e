"use client";

import { ReactFlowProvider } from "@xyflow/react";
import { useMemo, useState } from "react";
import { badgesByElement } from "@/components/canvas/findings-index";
import type { CanvasTarget, ElementOverlay } from "@/components/canvas/overlay/overlay";
import { ReadOnlyCanvas } from "@/components/canvas/read-only-canvas";
import { FormError } from "@/components/settings/form-error";
import { usePageSession } from "@/components/shell/page-session-context";
import { useAnalysis } from "@/lib/client/editor/analysis";
import { useApprovalStatus, useReview, useVersionDiff, useVersionDocument } from "@/lib/client/reviews";
import type { ReviewView as Review } from "@/lib/domain/api";
import type { TopologyDocument } from "@/lib/domain/schema";
import { ChangesSinceReview } from "./changes-since-review";
import { ReviewChangePlan } from "./review-change-plan";
import { ReviewDrills } from "./review-drills";
import { CommentComposer } from "./comment-composer";
import { commentCounts } from "./comment-counts";
import { CommentList } from "./comment-list";
import { DecisionList } from "./decision-list";
import { DecisionPanel } from "./decision-panel";
import { lastReviewedVersion } from "./last-reviewed";
import { MoveReviewPanel } from "./move-review-panel";
import { ReviewHeader } from "./review-header";
import { useRevealElement } from "./use-reveal-element";

/** The review page: the version under review read-only on the canvas, comments pinned to its elements, decisions. */
export function ReviewView({ reviewId }: { reviewId: string }) {
  const query = useReview(reviewId);
  const review = query.data?.review;
  const version = useVersionDocument(review?.topologyId ?? "", review?.version);
  const error = query.error ?? version.error;
  if (error) return <div className="p-6"><FormError error={error} prefix="Could not open the review:" /></div>;
  if (!review || !version.data) return <p role="status" className="p-10 text-center text-sm text-slate-500">Opening the review…</p>;
  return (
    <ReactFlowProvider>
      <ReviewWorkspace key={review.version} review={review} doc={version.data.document} versionAuthorId={version.data.version.author.id} />
    </ReactFlowProvider>
  );
}

function ReviewWorkspace({ review, doc, versionAuthorId }: { review: Review; doc: TopologyDocument; versionAuthorId: string }) {
  const { policy } = usePageSession();
  const approval = useApprovalStatus(review.topologyId, review.version);
  const since = lastReviewedVersion(review);
  const changes = useVersionDiff(review.topologyId, since, review.version);
  const analysis = useAnalysis(doc, policy);
  const [target, setTarget] = useState<CanvasTarget | null>(null);
  const reveal = useRevealElement(doc);
  const badges = useMemo(() => badgesByElement(analysis.validation.findings), [analysis.validation.findings]);
  const overlays = useMemo(() => {
    const map = new Map<string, ElementOverlay>();
    for (const line of changes.data?.structure.lines ?? []) if (line.kind !== "setting") map.set(line.id, { mark: line.change });
    for (const [id, comments] of commentCounts(review.comments)) map.set(id, { ...map.get(id), comments });
    return map;
  }, [changes.data, review.comments]);

  const show = (t: CanvasTarget) => {
    setTarget(t);
    reveal(t);
  };

  return (
    <div className="flex min-h-0 flex-1 flex-col bg-white">
      <ReviewHeader review={review} approval={approval.data} />
      <div className="flex min-h-0 flex-1">
        <div className="relative min-w-0 flex-1 bg-slate-50">
          <ReadOnlyCanvas doc={doc} overlays={overlays} badges={badges} selectedId={target?.id ?? null} onSelect={setTarget}
            label={`Version ${review.version} of ${review.topologyName}, read-only: pick an element to comment on it`} testId="review-canvas" />
        </div>
        <aside aria-label="Review" className="w-[24rem] shrink-0 overflow-y-auto border-l border-slate-200">
          <DecisionPanel review={review} versionAuthorId={versionAuthorId} />
          <MoveReviewPanel review={review} />
          {since !== undefined ? <ChangesSinceReview topologyId={review.topologyId} from={since} to={review.version} /> : null}
          <ReviewChangePlan review={review} doc={doc} approval={approval.data} />
          <ReviewDrills reviewId={review.id} topologyId={review.topologyId} />
          <CommentComposer reviewId={review.id} version={review.version} doc={doc} target={target} onTargetChange={(t) => (t ? show(t) : setTarget(null))} />
          <CommentList comments={review.comments} doc={doc} currentVersion={review.version} onShow={show} />
          <DecisionList decisions={review.decisions} />
        </aside>
      </div>
    </div>
  );
}

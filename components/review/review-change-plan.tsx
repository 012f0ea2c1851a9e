"use client";

import { useVersionDocument } from "@/lib/client/reviews";
import type { ApprovalStatus, ReviewView as Review } from "@/lib/domain/api";
import type { TopologyDocument } from "@/lib/domain/schema";
import { ChangePlanCard } from "./change-plan-card";

/**
 * The change plan from the version before the one under review, for the team that will roll it out; the runbook
 * names this review and the approvals it has so far.
 */
export function ReviewChangePlan({ review, doc, approval }: { review: Review; doc: TopologyDocument; approval?: ApprovalStatus }) {
  const previous = review.version > 1 ? review.version - 1 : undefined;
  const older = useVersionDocument(review.topologyId, previous);
  if (previous === undefined || !older.data) return null;
  const mine = (approval?.approvals ?? []).filter((a) => a.reviewId === review.id);
  const approvedAt = mine.map((a) => a.approvedAt).sort().at(-1);
  return (
    <div className="border-b border-slate-200 p-4">
      <ChangePlanCard
        from={{ number: previous, document: older.data.document }}
        to={{ number: review.version, document: doc }}
        approval={{
          reviewTitle: `Review of version ${review.version} of ${review.topologyName}`,
          approvedBy: mine.map((a) => a.reviewer.name ?? a.reviewer.email ?? a.reviewer.id),
          ...(approvedAt ? { approvedAt } : {}),
        }}
      />
    </div>
  );
}

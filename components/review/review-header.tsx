import Link from "next/link";
import { Time } from "@/components/ui/time";
import type { ApprovalStatus, ReviewView } from "@/lib/domain/api";
import { ReviewStatusBadge } from "./review-status-badge";
import { ReviewerChips } from "./reviewer-chips";

/** Which version is under review, its status, the approvals it has against the requirement, and who reviews. */
export function ReviewHeader({ review, approval }: { review: ReviewView; approval?: ApprovalStatus }) {
  const requester = review.requestedBy.name ?? review.requestedBy.email ?? "someone";
  return (
    <header className="shrink-0 border-b border-slate-200 bg-white px-4 py-3">
      <nav aria-label="Breadcrumb" className="mb-0.5 flex items-center gap-1 text-sm text-slate-500">
        <Link href="/topologies" className="hover:underline">Topologies</Link> /
        <Link href={`/topologies/${review.topologyId}`} className="hover:underline">{review.topologyName}</Link> /
        <Link href={`/topologies/${review.topologyId}/reviews`} className="hover:underline">Reviews</Link> /
      </nav>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-lg font-semibold tracking-tight">Review of version {review.version}</h1>
        <ReviewStatusBadge status={review.status} />
        {approval ? (
          <span className="text-sm text-slate-700" data-testid="review-approvals">
            {approval.approvals.length} of {approval.approvalsRequired} required approval{approval.approvalsRequired === 1 ? "" : "s"}
            {approval.production ? "" : " · not a production topology"}
          </span>
        ) : null}
        <div className="ml-auto"><ReviewerChips reviewers={review.reviewers} /></div>
      </div>
      <p className="mt-1 text-sm text-slate-600">
        {requester} asked for this review <Time iso={review.createdAt} />
        {review.message ? <>: <q className="text-slate-800">{review.message}</q></> : "."}
      </p>
    </header>
  );
}

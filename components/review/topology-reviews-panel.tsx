"use client";

import Link from "next/link";
import { FormError } from "@/components/settings/form-error";
import { useTopologyReviews } from "@/lib/client/reviews";
import type { TopologySummary } from "@/lib/domain/api";
import { RequestReviewButton } from "./request-review-button";
import { ReviewList } from "./review-list";

const SHOWN = 3;

/** The topology's reviews still waiting (open or with changes requested), and "Request review". */
export function TopologyReviewsPanel({ topology }: { topology: TopologySummary }) {
  const reviews = useTopologyReviews(topology.id);
  const waiting = reviews.data?.reviews.filter((r) => r.status !== "approved") ?? [];
  const total = reviews.data?.reviews.length ?? 0;
  return (
    <section aria-labelledby="reviews-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="mb-1 flex items-center justify-between gap-2">
        <h2 id="reviews-heading" className="text-sm font-semibold text-slate-900">Reviews</h2>
        <RequestReviewButton topologyId={topology.id} version={topology.currentVersion} archived={topology.archived} />
      </div>
      {reviews.isError ? <FormError error={reviews.error} prefix="Could not load the reviews:" /> : null}
      {reviews.isPending ? <p role="status" className="text-sm text-slate-500">Loading…</p> : null}
      {reviews.data && waiting.length === 0 ? (
        <p className="text-sm text-slate-600">{total === 0 ? "No reviews yet. Ask a reviewer to look at a version before it goes to production." : "No review is waiting."}</p>
      ) : null}
      {waiting.length ? <ReviewList reviews={waiting.slice(0, SHOWN)} label="Waiting reviews" /> : null}
      {total > 0 ? (
        <Link href={`/topologies/${topology.id}/reviews`} className="mt-1 inline-block text-sm text-blue-800 hover:underline">
          All {total} review{total === 1 ? "" : "s"}
        </Link>
      ) : null}
    </section>
  );
}

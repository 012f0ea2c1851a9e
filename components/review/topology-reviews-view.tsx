"use client";

import Link from "next/link";
import { FormError } from "@/components/settings/form-error";
import { EmptyState } from "@/components/ui/empty-state";
import { useTopologyReviews } from "@/lib/client/reviews";
import { useTopology } from "@/lib/client/topologies";
import { RequestReviewButton } from "./request-review-button";
import { ReviewList } from "./review-list";

/** Every review of one topology, newest first, and "Request review". */
export function TopologyReviewsView({ topologyId }: { topologyId: string }) {
  const detail = useTopology(topologyId);
  const reviews = useTopologyReviews(topologyId);
  const error = detail.error ?? reviews.error;
  if (error) return <FormError error={error} prefix="Could not load the reviews:" />;
  if (!detail.data || !reviews.data) return <p role="status" className="py-10 text-center text-sm text-slate-500">Loading reviews…</p>;
  const { topology } = detail.data;
  const list = reviews.data.reviews;
  return (
    <section aria-labelledby="reviews-page-heading">
      <nav aria-label="Breadcrumb" className="mb-1 flex gap-1 text-sm text-slate-500">
        <Link href="/topologies" className="hover:underline">Topologies</Link> /
        <Link href={`/topologies/${topology.id}`} className="hover:underline">{topology.name}</Link> /
        <span aria-current="page" className="text-slate-700">Reviews</span>
        <span className="ml-auto"><Link href={`/topologies/${topology.id}/versions`} className="hover:underline">Versions</Link></span>
      </nav>
      <div className="mb-5 flex items-center justify-between gap-4">
        <h1 id="reviews-page-heading" className="text-xl font-semibold tracking-tight">Reviews of {topology.name}</h1>
        <RequestReviewButton topologyId={topology.id} version={topology.currentVersion} archived={topology.archived} size="md" variant="primary" />
      </div>
      {list.length === 0 ? (
        <EmptyState title="No reviews yet" body="Ask a reviewer to look at a version: they comment on its elements, then approve it or request changes." />
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white px-4">
          <ReviewList reviews={list} label="Reviews, newest first" />
        </div>
      )}
    </section>
  );
}

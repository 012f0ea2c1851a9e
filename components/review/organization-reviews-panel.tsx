"use client";

import Link from "next/link";
import { FormError } from "@/components/settings/form-error";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { ReviewInvolvement, ReviewStatusFilter } from "@/lib/domain/api";
import { useOrganizationReviews } from "@/lib/client/organization-reviews";
import { OrganizationReviewsTable } from "./organization-reviews-table";
import { reviewListEmpty } from "./review-list-empty";
import { listCaption } from "./review-list-filters";

interface Props {
  involving: ReviewInvolvement;
  status: ReviewStatusFilter;
  /** The empty state's way out: widen the status, or show everyone's reviews. */
  onShowAllStatuses(): void;
  onShowAllReviews(): void;
}

/** One filter's reviews: loading, error, empty (saying what to do), or the table and "Load more". */
export function OrganizationReviewsPanel({ involving, status, onShowAllStatuses, onShowAllReviews }: Props) {
  const list = useOrganizationReviews(involving, status);
  if (list.isPending) return <p role="status" className="py-10 text-center text-sm text-slate-500">Loading reviews…</p>;
  // Without data the error is the whole answer; a failed "Load more" or refresh keeps the rows shown.
  if (!list.data) {
    return (
      <div className="space-y-2">
        <FormError error={list.error} prefix="Could not load the reviews:" />
        <Button size="sm" onClick={() => list.refetch()}>Try again</Button>
      </div>
    );
  }
  const reviews = list.data.pages.flatMap((p) => p.reviews);
  if (reviews.length === 0) {
    const empty = reviewListEmpty(involving, status);
    const action =
      empty.action === "all-statuses" ? <Button onClick={onShowAllStatuses}>Show all statuses</Button>
        : empty.action === "all-reviews" ? <Button onClick={onShowAllReviews}>Show all reviews</Button>
          : <Link href="/topologies" className="inline-flex h-9 items-center rounded-md border border-slate-300 bg-white px-3.5 text-sm font-medium text-slate-800 hover:bg-slate-50">Go to topologies</Link>;
    return <EmptyState title={empty.title} body={empty.body} action={action} />;
  }
  return (
    <div className="space-y-3">
      <OrganizationReviewsTable reviews={reviews} caption={listCaption(involving, status)} />
      {list.isFetchNextPageError ? <FormError error={list.error} prefix="Could not load more reviews:" /> : null}
      {list.isRefetchError ? <FormError error={list.error} prefix="Could not refresh the reviews:" /> : null}
      <div className="flex items-center justify-between gap-3 text-sm text-slate-600">
        <p role="status">{reviews.length} review{reviews.length === 1 ? "" : "s"} shown{list.hasNextPage ? ", older ones follow" : ""}</p>
        {list.hasNextPage ? (
          <Button onClick={() => list.fetchNextPage()} disabled={list.isFetchingNextPage}>
            {list.isFetchingNextPage ? "Loading…" : "Load more"}
          </Button>
        ) : null}
      </div>
    </div>
  );
}

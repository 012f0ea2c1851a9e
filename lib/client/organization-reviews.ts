"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { ReviewListPageSchema, type ReviewInvolvement, type ReviewStatusFilter } from "@/lib/domain/api";
import { apiFetch } from "./api";
import { reviewKeys } from "./reviews";

/** The active organisation's reviews for one filter, newest activity first, a page at a time. */
export function useOrganizationReviews(involving: ReviewInvolvement, status: ReviewStatusFilter) {
  return useInfiniteQuery({
    queryKey: reviewKeys.organization(involving, status),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ involving, status, limit: "50" });
      if (pageParam) params.set("cursor", pageParam);
      return apiFetch(`/api/reviews?${params}`, ReviewListPageSchema);
    },
    getNextPageParam: (last) => last.nextCursor,
  });
}

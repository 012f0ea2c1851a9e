import type { Metadata } from "next";
import { OrganizationReviewsView } from "@/components/review/organization-reviews-view";
import { DEFAULT_INVOLVEMENT, DEFAULT_STATUS } from "@/components/review/review-list-filters";
import { Page } from "@/components/ui/page";
import { REVIEW_INVOLVEMENTS, REVIEW_STATUS_FILTERS } from "@/lib/domain/api";

export const metadata: Metadata = { title: "Reviews" };

export default async function ReviewsPage({ searchParams }: { searchParams: Promise<{ involving?: string; status?: string }> }) {
  const { involving, status } = await searchParams;
  return (
    <Page>
      <OrganizationReviewsView
        initialInvolving={REVIEW_INVOLVEMENTS.find((v) => v === involving) ?? DEFAULT_INVOLVEMENT}
        initialStatus={REVIEW_STATUS_FILTERS.find((v) => v === status) ?? DEFAULT_STATUS}
      />
    </Page>
  );
}

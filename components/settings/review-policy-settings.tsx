"use client";

import { usePageSession } from "@/components/shell/page-session-context";
import { Button } from "@/components/ui/button";
import { useReviewPolicy } from "@/lib/client/reviews";
import { FormError } from "./form-error";
import { ReviewPolicyForm } from "./review-policy-form";

/** Loads the organisation's review policy and shows its form. */
export function ReviewPolicySettings() {
  const { organization } = usePageSession();
  const query = useReviewPolicy(organization.id);
  if (query.isPending) return <p role="status" className="mt-6 text-sm text-slate-500">Loading the review policy…</p>;
  if (query.isError) {
    return (
      <div className="mt-6 flex flex-col items-start gap-2">
        <FormError error={query.error} prefix="Could not load the review policy:" />
        <Button size="sm" onClick={() => void query.refetch()}>Retry</Button>
      </div>
    );
  }
  return <ReviewPolicyForm key={query.data.approvalsRequired} orgId={organization.id} approvalsRequired={query.data.approvalsRequired} />;
}

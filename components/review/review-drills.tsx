"use client";

import { SavedDrillList } from "@/components/drills/saved-drill-list";
import { useAttachDrill, useReviewDrills } from "@/lib/client/drills";

/** Outage drills attached to this review as evidence: what fails, what the server's run found, a link to replay it. */
export function ReviewDrills({ reviewId, topologyId }: { reviewId: string; topologyId: string }) {
  const drills = useReviewDrills(reviewId);
  const attach = useAttachDrill(topologyId);
  return (
    <section aria-labelledby="review-drills" className="border-b border-slate-200 p-4" data-testid="review-drills">
      <h2 id="review-drills" className="mb-1 text-sm font-semibold">Outage drills</h2>
      {drills.error ? <p role="alert" className="text-xs text-sev-error">Drills could not be loaded: {drills.error.message}</p> : null}
      {drills.data ? (
        <SavedDrillList drills={drills.data} openInDesigner onDetach={(d) => attach.mutate({ drillId: d.id, reviewId: null })}
          pendingDrillId={attach.isPending ? attach.variables?.drillId : undefined}
          emptyText="None attached. Play a drill in the designer's Simulation panel and attach it to this review." />
      ) : null}
    </section>
  );
}

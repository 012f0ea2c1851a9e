import clsx from "clsx";
import type { ReviewStatus } from "@/lib/domain/api";

const LOOK: Record<ReviewStatus, { label: string; className: string }> = {
  open: { label: "Open", className: "bg-blue-50 text-sev-info" },
  approved: { label: "Approved", className: "bg-green-50 text-ok" },
  "changes-requested": { label: "Changes requested", className: "bg-amber-50 text-sev-warning" },
};

export function ReviewStatusBadge({ status }: { status: ReviewStatus }) {
  return <span className={clsx("rounded px-1.5 py-0.5 text-xs font-medium", LOOK[status].className)} data-testid="review-status">{LOOK[status].label}</span>;
}

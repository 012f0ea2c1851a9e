import type { ReviewInvolvement, ReviewStatusFilter } from "@/lib/domain/api";

/** The organisation's review list's filters: their labels, and what the page opens on. */

export const INVOLVEMENT_LABELS: Record<ReviewInvolvement, string> = {
  "me-as-reviewer": "Waiting for me",
  "requested-by-me": "Requested by me",
  any: "All",
};

export const STATUS_FILTER_LABELS: Record<ReviewStatusFilter, string> = {
  all: "All statuses",
  open: "Open",
  approved: "Approved",
  "changes-requested": "Changes requested",
};

/** The reviews that may need the reader, in every status: an approval by someone else still leaves theirs to give. */
export const DEFAULT_INVOLVEMENT: ReviewInvolvement = "me-as-reviewer";
export const DEFAULT_STATUS: ReviewStatusFilter = "all";

/** What the table's caption says the rows are. */
export function listCaption(involving: ReviewInvolvement, status: ReviewStatusFilter): string {
  const whose = { "me-as-reviewer": "naming you as a reviewer", "requested-by-me": "you asked for", any: "of the organisation" }[involving];
  const which = status === "all" ? "Reviews" : `${STATUS_FILTER_LABELS[status]} reviews`;
  return `${which} ${whose}, newest activity first`;
}

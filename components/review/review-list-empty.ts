import type { ReviewInvolvement, ReviewStatusFilter } from "@/lib/domain/api";

/** What an empty review list says, and the one step it offers, for each filter. */
export interface ReviewListEmpty {
  title: string;
  body: string;
  action: "all-statuses" | "all-reviews" | "topologies";
}

const IS: Record<Exclude<ReviewStatusFilter, "all">, string> = {
  open: "open (waiting for a first decision on its version)",
  approved: "approved",
  "changes-requested": "waiting on requested changes",
};

const TITLE: Record<Exclude<ReviewStatusFilter, "all">, string> = {
  open: "No open reviews",
  approved: "No approved reviews",
  "changes-requested": "No reviews with changes requested",
};

const NONE_OF: Record<ReviewInvolvement, string> = {
  "me-as-reviewer": "None of the reviews naming you as a reviewer is",
  "requested-by-me": "None of the reviews you asked for is",
  any: "No review in this organisation is",
};

export function reviewListEmpty(involving: ReviewInvolvement, status: ReviewStatusFilter): ReviewListEmpty {
  if (status !== "all") {
    return { title: TITLE[status], body: `${NONE_OF[involving]} ${IS[status]}. Choose “All statuses” to see the others.`, action: "all-statuses" };
  }
  if (involving === "me-as-reviewer") {
    return {
      title: "Nothing is waiting for you",
      body: "When a teammate asks you to review a version of a topology, the review appears here. Reviews others are handling are under “All”.",
      action: "all-reviews",
    };
  }
  if (involving === "requested-by-me") {
    return {
      title: "You haven’t asked for a review",
      body: "Open a topology and choose “Request review” to ask teammates to approve a version, for example before it goes to production.",
      action: "topologies",
    };
  }
  return {
    title: "No reviews yet",
    body: "Reviews start from a topology: open one and choose “Request review”. Every request, comment and decision then shows here.",
    action: "topologies",
  };
}

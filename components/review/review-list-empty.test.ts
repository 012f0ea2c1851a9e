import { describe, expect, it } from "vitest";
import { REVIEW_INVOLVEMENTS, REVIEW_STATUS_FILTERS } from "@/lib/domain/api";
import { reviewListEmpty } from "./review-list-empty";
import { listCaption } from "./review-list-filters";

describe("the empty review list", () => {
  const every = REVIEW_INVOLVEMENTS.flatMap((involving) => REVIEW_STATUS_FILTERS.map((status) => ({ involving, status })));

  it("says something of its own for every filter", () => {
    const texts = every.map(({ involving, status }) => reviewListEmpty(involving, status)).map((e) => `${e.title} ${e.body}`);
    expect(new Set(texts).size).toBe(every.length);
    expect(new Set(every.map(({ involving, status }) => listCaption(involving, status))).size).toBe(every.length);
  });

  it("offers every status when one status is empty, and everyone's reviews when nothing waits for the reader", () => {
    for (const involving of REVIEW_INVOLVEMENTS) expect(reviewListEmpty(involving, "approved").action).toBe("all-statuses");
    expect(reviewListEmpty("me-as-reviewer", "all")).toMatchObject({ title: "Nothing is waiting for you", action: "all-reviews" });
    expect(reviewListEmpty("requested-by-me", "all").action).toBe("topologies");
    expect(reviewListEmpty("any", "all").action).toBe("topologies");
  });
});

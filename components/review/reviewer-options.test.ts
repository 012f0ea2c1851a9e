import { describe, expect, it } from "vitest";
import { asRegionKey } from "@/lib/domain/region-key";
import type { MemberView } from "@/lib/domain/api";
import { NO_REVIEWERS_REASON, noReviewersReason, reviewerOptions } from "./reviewer-options";

const member = (userId: string, role: MemberView["role"], regions: string[] = []): MemberView => ({
  id: `m-${userId}`, userId, name: userId, email: `${userId}@example.com`, role,
  scope: { providers: [], regions: regions.map(asRegionKey) }, source: "manual", joinedAt: "2026-01-01T00:00:00Z",
});

describe("whether anyone may be asked for a review", () => {
  it("says why not when only the asker, viewers or region-limited members remain", () => {
    const members = [member("me", "owner"), member("v", "viewer"), member("r", "reviewer", ["aws:eu-west-1"])];
    expect(reviewerOptions(members, "me", undefined, 1)).toEqual([]);
    expect(noReviewersReason(members, "me")).toBe(NO_REVIEWERS_REASON);
    expect(noReviewersReason([], "me")).toBe(NO_REVIEWERS_REASON);
  });

  it("is null as soon as another member may review, as the dialog lists them", () => {
    const members = [member("me", "editor"), member("rev", "reviewer")];
    expect(noReviewersReason(members, "me")).toBeNull();
    expect(noReviewersReason(members, "rev")).toBeNull();
  });
});

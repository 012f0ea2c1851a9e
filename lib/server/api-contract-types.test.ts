import { describe, expectTypeOf, it } from "vitest";
import type * as Api from "@/lib/domain/api";
import type { listAuditEvents } from "./audit/list";
import type { verifyAuditChain } from "./audit/verify";
import type { markNotificationsRead } from "./notifications/mark-read";
import type { listNotifications } from "./notifications/list-notifications";
import type { acceptInvitation, createInvitation, listInvitations, revokeInvitation } from "./orgs/invitations";
import type { listMembers, removeMember, updateMember } from "./orgs/members";
import type { myOrganizations } from "./orgs/my-organizations";
import type { getOrganization, updateOrganization } from "./orgs/settings";
import type { signOutEverywhere } from "./orgs/sign-out-everywhere";
import type { commentOnReview } from "./reviews/comment-on-review";
import type { decideReview } from "./reviews/decide-review";
import type { getReview, listReviews } from "./reviews/get-review";
import type { listOrganizationReviews } from "./reviews/list-organization-reviews";
import type { getApprovalStatus, setProduction } from "./reviews/production";
import type { requestReview } from "./reviews/request-review";
import type { getReviewPolicy, updateReviewPolicy } from "./reviews/review-policy";
import type { updateReviewVersion } from "./reviews/update-review-version";
import type { diffVersions } from "./reviews/version-diff";
import type { forkTemplate } from "./templates/fork-template";
import type { getTemplate } from "./templates/get-template";
import type { listTemplates } from "./templates/list-templates";
import type { publishTemplate } from "./templates/publish-template";
import type { rateTemplate } from "./templates/rate-template";
import type { createTopology } from "./topologies/create-topology";
import type { getTopology, getVersion, listVersions } from "./topologies/get-topology";
import type { listTopologies } from "./topologies/list-topologies";
import type { restoreVersion } from "./topologies/restore-version";
import type { saveVersion } from "./topologies/save-version";
import type { updateTopology } from "./topologies/update-topology";

/** What a use case resolves to, as its route sends it. */
type Answer<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;

// Checked by the type checker: each use case behind a route the browser reads answers what the client's schema
// reads, on every branch (the contract test beside this file checks the branches a seeded database takes).
describe("the use cases are typed to answer what the browser's schemas read", () => {
  it("topologies and versions", () => {
    expectTypeOf<Answer<typeof listTopologies>>().toExtend<Api.TopologyListPage>();
    expectTypeOf<Answer<typeof createTopology>>().toExtend<Api.CreatedTopology>();
    expectTypeOf<Answer<typeof getTopology>>().toExtend<Api.TopologyDetail>();
    expectTypeOf<Answer<typeof updateTopology>>().toExtend<Api.TopologySummary>();
    expectTypeOf<Answer<typeof saveVersion>>().toExtend<Api.SavedVersion>();
    expectTypeOf<Answer<typeof listVersions>>().toExtend<Api.VersionList>();
    expectTypeOf<Answer<typeof getVersion>>().toExtend<Api.VersionDetail>();
    expectTypeOf<Answer<typeof restoreVersion>>().toExtend<Api.RestoredVersion>();
  });

  it("templates", () => {
    expectTypeOf<Answer<typeof listTemplates>>().toExtend<Api.TemplateList>();
    expectTypeOf<Answer<typeof getTemplate>>().toExtend<Api.TemplateDetailView>();
    expectTypeOf<Answer<typeof forkTemplate>>().toExtend<Api.CreatedTopology>();
    expectTypeOf<Answer<typeof rateTemplate>>().toExtend<{ rating: Api.TemplateView["rating"] }>();
    expectTypeOf<Answer<typeof publishTemplate>>().toExtend<Api.PublishedTemplate>();
  });

  it("reviews, approvals and notifications", () => {
    expectTypeOf<Answer<typeof diffVersions>>().toExtend<Api.VersionComparison>();
    expectTypeOf<Answer<typeof listReviews>>().toExtend<{ reviews: Api.ReviewSummary[] }>();
    expectTypeOf<Answer<typeof getReview>>().toExtend<Api.ReviewEnvelope>();
    expectTypeOf<Answer<typeof requestReview>>().toExtend<Api.ReviewEnvelope>();
    expectTypeOf<Answer<typeof commentOnReview>>().toExtend<{ comment: Api.ReviewCommentView }>();
    expectTypeOf<Answer<typeof decideReview>>().toExtend<{ decision: Api.ReviewDecisionView }>();
    expectTypeOf<Answer<typeof updateReviewVersion>>().toExtend<Api.ReviewEnvelope & { changesSinceLastReviewed: Api.VersionComparison }>();
    expectTypeOf<Answer<typeof listOrganizationReviews>>().toExtend<Api.ReviewListPage>();
    expectTypeOf<Answer<typeof getApprovalStatus>>().toExtend<Api.ApprovalStatus>();
    expectTypeOf<Answer<typeof setProduction>>().toExtend<Api.ApprovalStatus>();
    expectTypeOf<Answer<typeof getReviewPolicy>>().toExtend<Api.ReviewPolicyView>();
    expectTypeOf<Answer<typeof updateReviewPolicy>>().toExtend<Api.ReviewPolicyView>();
    expectTypeOf<Answer<typeof listNotifications>>().toExtend<Api.NotificationList>();
    expectTypeOf<Answer<typeof markNotificationsRead>>().toExtend<{ marked: number }>();
  });

  it("audit", () => {
    expectTypeOf<Answer<typeof listAuditEvents>>().toExtend<Api.AuditPage>();
    expectTypeOf<Answer<typeof verifyAuditChain>>().toExtend<Api.ChainVerification>();
  });

  it("organisations, members, invitations and the signed-in user", () => {
    expectTypeOf<Answer<typeof getOrganization>>().toExtend<Api.OrganizationView>();
    expectTypeOf<Answer<typeof updateOrganization>>().toExtend<Api.OrganizationView>();
    expectTypeOf<Answer<typeof listMembers>>().toExtend<Api.MemberList>();
    expectTypeOf<Answer<typeof updateMember>>().toExtend<Api.MemberView>();
    expectTypeOf<Answer<typeof removeMember>>().toExtend<{ removed: string }>();
    expectTypeOf<Answer<typeof listInvitations>>().toExtend<{ invitations: Api.InvitationView[] }>();
    expectTypeOf<Answer<typeof createInvitation>>().toExtend<{ invitation: Api.InvitationView; link: string }>();
    expectTypeOf<Answer<typeof revokeInvitation>>().toExtend<Api.InvitationView>();
    expectTypeOf<Answer<typeof acceptInvitation>>().toExtend<{ organization: { id: string; name: string }; role: Api.MemberView["role"] }>();
    expectTypeOf<Answer<typeof myOrganizations>>().toExtend<Api.MeView>();
    expectTypeOf<Answer<typeof signOutEverywhere>>().toExtend<Omit<Api.SignedOutEverywhere, "signedOut"> & { signedOut: boolean }>();
  });
});

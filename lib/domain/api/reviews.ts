import { z } from "zod";
import { ElementId } from "../schema";

/** Request bodies and views of the team-review API (reviews, diffs, approvals, notifications, reports). */

export type { VersionComparison } from "../diff/compare-versions";

const VersionNumber = z.number().int().min(1);
const QueryVersion = z.coerce.number().int().min(1);
const UserId = z.string().min(1).max(64);

export const CreateReviewBody = z
  .object({
    version: VersionNumber.meta({ description: "The version to review." }),
    reviewerIds: z.array(UserId).min(1, "name at least one reviewer").max(20, "at most 20 reviewers")
      .transform((ids) => [...new Set(ids)]),
    message: z.string().max(2000).default(""),
  })
  .strict();
export type CreateReviewBody = z.infer<typeof CreateReviewBody>;

export const ReviewCommentBody = z
  .object({
    body: z.string().trim().min(1, "a comment can't be empty").max(5000),
    /** Pin the comment to one canvas element of the version under review; none for the whole version. */
    regionId: ElementId.optional(),
    nodeGroupId: ElementId.optional(),
    linkId: ElementId.optional(),
  })
  .strict()
  .refine((b) => [b.regionId, b.nodeGroupId, b.linkId].filter((x) => x !== undefined).length <= 1, {
    message: "pin a comment to at most one element: regionId, nodeGroupId or linkId",
  });
export type ReviewCommentBody = z.infer<typeof ReviewCommentBody>;

export const REVIEW_DECISIONS = ["approve", "request-changes"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const ReviewDecisionBody = z
  .object({ decision: z.enum(REVIEW_DECISIONS), comment: z.string().trim().max(5000).optional() })
  .strict();
export type ReviewDecisionBody = z.infer<typeof ReviewDecisionBody>;

export const UpdateReviewVersionBody = z.object({ version: VersionNumber }).strict();
export type UpdateReviewVersionBody = z.infer<typeof UpdateReviewVersionBody>;

export const VersionDiffQuery = z.object({ from: QueryVersion, to: QueryVersion }).strict();
export type VersionDiffQuery = z.infer<typeof VersionDiffQuery>;

export const MarkNotificationsReadBody = z.union([
  z.object({ ids: z.array(z.string().min(1).max(64)).min(1).max(500) }).strict(),
  z.object({ all: z.literal(true) }).strict(),
]);
export type MarkNotificationsReadBody = z.infer<typeof MarkNotificationsReadBody>;

export const ReviewPolicyBody = z
  .object({
    approvalsRequired: z.number().int().min(0).max(10)
      .meta({ description: "Approvals from distinct reviewers, not the author, a production version needs before export (0 turns the gate off)." }),
  })
  .strict();
export type ReviewPolicyBody = z.infer<typeof ReviewPolicyBody>;

export const ProductionBody = z.object({ production: z.boolean() }).strict();
export type ProductionBody = z.infer<typeof ProductionBody>;

export const ApprovalStatusQuery = z.object({ version: QueryVersion.optional() }).strict();
export type ApprovalStatusQuery = z.infer<typeof ApprovalStatusQuery>;

export const ReportQuery = z.object({ format: z.enum(["json", "pdf"]).default("json") }).strict();
export type ReportQuery = z.infer<typeof ReportQuery>;

export interface PersonView {
  id: string;
  name: string | null;
  email: string | null;
}

export const REVIEW_STATUSES = ["open", "approved", "changes-requested"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export interface ReviewCommentView {
  id: string;
  author: PersonView;
  version: number;
  body: string;
  /** The pinned canvas element, or null for the whole version. */
  target: { kind: "region" | "nodeGroup" | "link"; id: string } | null;
  createdAt: string;
}

export interface ReviewDecisionView {
  id: string;
  reviewer: PersonView;
  version: number;
  decision: ReviewDecision;
  comment: string;
  createdAt: string;
}

export interface ReviewSummary {
  id: string;
  topologyId: string;
  topologyName: string;
  /** The version under review. */
  version: number;
  /** The topology's newest version: newer than `version` when edits were pushed during the review. */
  latestVersion: number;
  requestedBy: PersonView;
  message: string;
  /** From each named reviewer's latest decision on the version under review. */
  status: ReviewStatus;
  reviewers: (PersonView & { decision: ReviewDecision | null })[];
  createdAt: string;
  updatedAt: string;
}

export interface ReviewView extends ReviewSummary {
  comments: ReviewCommentView[];
  decisions: ReviewDecisionView[];
  /** Whether the caller may move the review to a newer version: its requester, an admin or an owner. */
  canMoveVersion: boolean;
}

export interface ApprovalView {
  reviewer: PersonView;
  reviewId: string;
  approvedAt: string;
}

/** Whether one exact version may be exported, under the organisation's policy. */
export interface ApprovalStatus {
  topologyId: string;
  version: number;
  production: boolean;
  approvalsRequired: number;
  /** Distinct reviewers, none of them the version's author or the review's requester, whose latest decision on this version approves it. */
  approvals: ApprovalView[];
  /** True when the topology is not production, or the version has enough approvals. */
  exportAllowed: boolean;
}

export interface ReviewPolicyView {
  approvalsRequired: number;
}

export const NOTIFICATION_KINDS = ["review.requested", "review.commented", "review.decided", "review.updated"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  message: string;
  reviewId: string | null;
  topologyId: string | null;
  read: boolean;
  createdAt: string;
}

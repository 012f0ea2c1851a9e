import { z } from "zod";
import { ElementId } from "../schema";
import { IsoDateTime, PersonViewSchema } from "./common";
import { VersionComparisonSchema } from "./version-comparison";
import { VersionNumber, VersionNumberText } from "./whole-numbers";

/** Request bodies and views of the team-review API (reviews, diffs, approvals, notifications, reports). */

export type { VersionComparison } from "../diff/compare-versions";
export { VersionComparisonSchema };

const QueryVersion = VersionNumberText;
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

export const REVIEW_STATUSES = ["open", "approved", "changes-requested"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const ReviewCommentViewSchema = z.object({
  id: z.string(),
  author: PersonViewSchema,
  version: z.number().int(),
  body: z.string(),
  /** The pinned canvas element, or null for the whole version. */
  target: z.object({ kind: z.enum(["region", "nodeGroup", "link"]), id: z.string() }).nullable(),
  createdAt: IsoDateTime,
});
export type ReviewCommentView = z.infer<typeof ReviewCommentViewSchema>;

export const ReviewDecisionViewSchema = z.object({
  id: z.string(),
  reviewer: PersonViewSchema,
  version: z.number().int(),
  decision: z.enum(REVIEW_DECISIONS),
  comment: z.string(),
  createdAt: IsoDateTime,
});
export type ReviewDecisionView = z.infer<typeof ReviewDecisionViewSchema>;

export const ReviewSummarySchema = z.object({
  id: z.string(),
  topologyId: z.string(),
  topologyName: z.string(),
  /** The version under review. */
  version: z.number().int(),
  /** The topology's newest version: newer than `version` when edits were pushed during the review. */
  latestVersion: z.number().int(),
  requestedBy: PersonViewSchema,
  message: z.string(),
  /** From each named reviewer's latest decision on the version under review. */
  status: z.enum(REVIEW_STATUSES),
  reviewers: z.array(PersonViewSchema.extend({ decision: z.enum(REVIEW_DECISIONS).nullable() })),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type ReviewSummary = z.infer<typeof ReviewSummarySchema>;

export const ReviewViewSchema = ReviewSummarySchema.extend({
  comments: z.array(ReviewCommentViewSchema),
  decisions: z.array(ReviewDecisionViewSchema),
  /** Whether the caller may move the review to a newer version: its requester, an admin or an owner. */
  canMoveVersion: z.boolean(),
});
export type ReviewView = z.infer<typeof ReviewViewSchema>;

/** GET /api/topologies/:id/reviews: the topology's reviews, newest first. */
export const TopologyReviewsSchema = z.object({ reviews: z.array(ReviewSummarySchema) });

/** GET /api/reviews/:id, and POST /api/topologies/:id/reviews (the review just requested). */
export const ReviewEnvelopeSchema = z.object({ review: ReviewViewSchema });
export type ReviewEnvelope = z.infer<typeof ReviewEnvelopeSchema>;

/** POST /api/reviews/:id/comments. */
export const CreatedCommentSchema = z.object({ comment: ReviewCommentViewSchema });

/** POST /api/reviews/:id/decision. */
export const CreatedDecisionSchema = z.object({ decision: ReviewDecisionViewSchema });

/** POST /api/reviews/:id/version: the moved review and what changed since the version last decided on. */
export const MovedReviewSchema = z.object({ review: ReviewViewSchema, changesSinceLastReviewed: VersionComparisonSchema });

export const ApprovalViewSchema = z.object({ reviewer: PersonViewSchema, reviewId: z.string(), approvedAt: IsoDateTime });
export type ApprovalView = z.infer<typeof ApprovalViewSchema>;

/** Whether one exact version may be exported, under the organisation's policy. */
export const ApprovalStatusSchema = z.object({
  topologyId: z.string(),
  version: z.number().int(),
  production: z.boolean(),
  approvalsRequired: z.number().int(),
  /** Distinct reviewers, none of them the version's author or the review's requester, whose latest decision on this version approves it. */
  approvals: z.array(ApprovalViewSchema),
  /** True when the topology is not production, or the version has enough approvals. */
  exportAllowed: z.boolean(),
});
export type ApprovalStatus = z.infer<typeof ApprovalStatusSchema>;

export const ReviewPolicyViewSchema = z.object({ approvalsRequired: z.number().int() });
export type ReviewPolicyView = z.infer<typeof ReviewPolicyViewSchema>;

export const NOTIFICATION_KINDS = ["review.requested", "review.commented", "review.decided", "review.updated"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NotificationViewSchema = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  message: z.string(),
  reviewId: z.string().nullable(),
  topologyId: z.string().nullable(),
  read: z.boolean(),
  createdAt: IsoDateTime,
});
export type NotificationView = z.infer<typeof NotificationViewSchema>;

/** GET /api/notifications: the caller's own, unread first. */
export const NotificationListSchema = z.object({ notifications: z.array(NotificationViewSchema), unreadCount: z.number().int() });
export type NotificationList = z.infer<typeof NotificationListSchema>;

/** POST /api/notifications/read: how many were marked. */
export const MarkedReadSchema = z.object({ marked: z.number().int() });

/**
 * The JSON compliance report as far as the browser reads it (the topology's name, for the file name). It is
 * saved whole, so every other key is kept.
 */
export const ComplianceReportFileSchema = z.looseObject({ topology: z.looseObject({ name: z.string() }) });

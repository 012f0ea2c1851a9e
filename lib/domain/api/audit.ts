import { z } from "zod";
import { IsoDateTime } from "./common";
import { queryText } from "./storable-text";
import { intText } from "./whole-numbers";

/** Every action the audit log records; the append function accepts only these, the filter lists them. */
export const AUDIT_ACTIONS = [
  "organization.create",
  "organization.update",
  "topology.create",
  "topology.save",
  "topology.update",
  "topology.archive",
  "topology.restore",
  "topology.export",
  "topology.production",
  "review.request",
  "review.comment",
  "review.decide",
  "review.update",
  "drill.save",
  "drill.attach",
  "drill.delete",
  "notification.read",
  "template.publish",
  "template.rate",
  "membership.create",
  "membership.update",
  "membership.remove",
  "invitation.create",
  "invitation.revoke",
  "invitation.accept",
  "user.sign_out_everywhere",
  "user.link_identity",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** A human label per action, for the filter and the log rows. Keyed by action: a new action without a label fails to type-check. */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  "organization.create": "Created the organisation",
  "organization.update": "Changed organisation settings",
  "topology.create": "Created a topology",
  "topology.save": "Saved a version",
  "topology.update": "Changed topology details",
  "topology.archive": "Archived a topology",
  "topology.restore": "Restored a topology",
  "topology.export": "Exported",
  "topology.production": "Changed production status",
  "review.request": "Requested a review",
  "review.comment": "Commented on a review",
  "review.decide": "Decided a review",
  "review.update": "Moved a review to a new version",
  "drill.save": "Saved an outage drill",
  "drill.attach": "Attached or detached an outage drill",
  "drill.delete": "Deleted an outage drill",
  "notification.read": "Read notifications",
  "template.publish": "Published a template",
  "template.rate": "Rated a template",
  "membership.create": "Added a member",
  "membership.update": "Changed a member",
  "membership.remove": "Removed a member",
  "invitation.create": "Invited a member",
  "invitation.revoke": "Revoked an invitation",
  "invitation.accept": "Accepted an invitation",
  "user.sign_out_everywhere": "Signed out everywhere",
  "user.link_identity": "Linked a sign-in identity",
};

/** The label of a recorded action; the raw code for one this build does not know. */
export function auditActionLabel(action: string): string {
  return (AUDIT_ACTION_LABELS as Record<string, string | undefined>)[action] ?? action;
}

/** Filters and paging of the audit log API. */
export const AuditQuerySchema = z
  .object({
    actor: queryText(320).optional().meta({ description: "Actor's user id or email." }),
    action: z.enum(AUDIT_ACTIONS).optional(),
    target: queryText(200).optional().meta({ description: "Target id (a topology id, ...)." }),
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
    /** Sequence number to continue below (events come newest first). */
    before: intText().optional(),
    limit: intText({ max: 200 }).default(50),
  })
  .strict();
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

export const AuditEventViewSchema = z.object({
  id: z.string(),
  seq: z.number().int(),
  actorId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  /** A string, not the enum: the log keeps actions this build may not know. */
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  /**
   * The target's current name, resolved within the organisation (a topology's name, a member's name or
   * email, a review's topology and version, a template's title, an invitation's email); null when it
   * cannot be resolved (deleted, or not this organisation's). The id stays in targetId.
   */
  targetName: z.string().nullable(),
  requestId: z.string(),
  occurredAt: IsoDateTime,
  beforeDigest: z.string().nullable(),
  afterDigest: z.string().nullable(),
  data: z.unknown(),
  hash: z.string(),
});
export type AuditEventView = z.infer<typeof AuditEventViewSchema>;

/** GET /api/audit: newest first; `nextBefore` is the sequence number to continue below. */
export const AuditPageSchema = z.object({ events: z.array(AuditEventViewSchema), nextBefore: z.number().int().nullable() });
export type AuditPage = z.infer<typeof AuditPageSchema>;

/** GET /api/audit/verify: the chain walked from the start and held against its signed checkpoints; POST /api/audit/checkpoints. */
export {
  ChainReportSchema as ChainVerificationSchema, type ChainReport as ChainVerification, CheckpointOutcomeSchema, type CheckpointOutcome,
} from "../audit";

import { z } from "zod";

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

/** Filters and paging of the audit log API. */
export const AuditQuerySchema = z
  .object({
    actor: z.string().max(320).optional().meta({ description: "Actor's user id or email." }),
    action: z.enum(AUDIT_ACTIONS).optional(),
    target: z.string().max(200).optional().meta({ description: "Target id (a topology id, ...)." }),
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
    /** Sequence number to continue below (events come newest first). */
    before: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

export interface AuditEventView {
  id: string;
  seq: number;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  targetType: string;
  targetId: string;
  requestId: string;
  occurredAt: string;
  beforeDigest: string | null;
  afterDigest: string | null;
  data: unknown;
  hash: string;
}

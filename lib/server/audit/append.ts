import type { Prisma } from "@prisma/client";
import type { AuditAction } from "@/lib/domain/api";
import { GENESIS_HASH, chainHash } from "./chain";

export interface AuditInput {
  organizationId: string;
  actor: { id: string; email: string | null } | null;
  action: AuditAction;
  targetType: string;
  targetId: string;
  requestId: string;
  beforeDigest?: string | null;
  afterDigest?: string | null;
  data?: Prisma.InputJsonObject;
}

/**
 * Appends one event to the organisation's chain. Call it inside the transaction that makes the change,
 * so the change and its record commit together; the head row lock serialises concurrent appends.
 */
export async function appendAuditEvent(tx: Prisma.TransactionClient, input: AuditInput) {
  await tx.$executeRaw`INSERT INTO "AuditHead" ("organizationId", "seq", "hash")
    VALUES (${input.organizationId}, 0, ${GENESIS_HASH}) ON CONFLICT ("organizationId") DO NOTHING`;
  const [head] = await tx.$queryRaw<{ seq: number; hash: string }[]>`
    SELECT "seq", "hash" FROM "AuditHead" WHERE "organizationId" = ${input.organizationId} FOR UPDATE`;
  if (!head) throw new Error("audit head missing after insert");

  const fields = {
    organizationId: input.organizationId,
    seq: head.seq + 1,
    actorId: input.actor?.id ?? null,
    actorEmail: input.actor?.email ?? null,
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId,
    requestId: input.requestId,
    occurredAt: new Date(),
    beforeDigest: input.beforeDigest ?? null,
    afterDigest: input.afterDigest ?? null,
    data: input.data ?? {},
  };
  const hash = chainHash(head.hash, fields);
  const event = await tx.auditEvent.create({ data: { ...fields, prevHash: head.hash, hash } });
  await tx.auditHead.update({ where: { organizationId: input.organizationId }, data: { seq: fields.seq, hash } });
  return event;
}

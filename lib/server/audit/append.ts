import type { Prisma } from "@prisma/client";
import type { AuditAction } from "@/lib/domain/api";
import { GENESIS_HASH, chainHash, type ChainedFields } from "@/lib/domain/audit";

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
 * so the change and its record commit together. Two statements: the first creates or locks the head row
 * and reads it (ON CONFLICT DO UPDATE locks the row until commit, so concurrent appends queue here and
 * each reads the head the previous one wrote); the second writes the event and moves the head.
 */
export async function appendAuditEvent(tx: Prisma.TransactionClient, input: AuditInput): Promise<ChainedFields & { id: bigint; prevHash: string; hash: string }> {
  const [head] = await tx.$queryRaw<{ seq: number; hash: string }[]>`
    INSERT INTO "AuditHead" ("organizationId", "seq", "hash") VALUES (${input.organizationId}, 0, ${GENESIS_HASH})
    ON CONFLICT ("organizationId") DO UPDATE SET "seq" = "AuditHead"."seq"
    RETURNING "seq", "hash"`;
  if (!head) throw new Error("audit head missing after upsert");

  const fields: ChainedFields = {
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
  const [written] = await tx.$queryRaw<{ id: bigint }[]>`
    WITH event AS (
      INSERT INTO "AuditEvent" ("organizationId", "seq", "actorId", "actorEmail", "action", "targetType", "targetId", "requestId",
        "occurredAt", "beforeDigest", "afterDigest", "data", "prevHash", "hash")
      VALUES (${fields.organizationId}, ${fields.seq}, ${fields.actorId}, ${fields.actorEmail}, ${fields.action}, ${fields.targetType},
        ${fields.targetId}, ${fields.requestId}, ${fields.occurredAt}, ${fields.beforeDigest}, ${fields.afterDigest},
        ${JSON.stringify(fields.data)}::jsonb, ${head.hash}, ${hash})
      RETURNING "id"
    )
    UPDATE "AuditHead" SET "seq" = ${fields.seq}, "hash" = ${hash} WHERE "organizationId" = ${input.organizationId}
    RETURNING (SELECT "id" FROM event) AS "id"`;
  return { ...fields, id: written!.id, prevHash: head.hash, hash };
}

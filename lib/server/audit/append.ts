import type { Prisma } from "@prisma/client";
import type { AuditAction } from "@/lib/domain/api";
import { GENESIS_HASH, chainHash, type ChainedFields } from "@/lib/domain/audit";
import type { SqlQuery } from "../db/migrations";

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
 * so the change and its record commit together.
 */
export function appendAuditEvent(tx: Prisma.TransactionClient, input: AuditInput) {
  return appendAuditEventWith((sql, params = []) => tx.$queryRawUnsafe(sql, ...params), input);
}

/**
 * The same, for a transaction run in plain SQL. Two statements: the first creates or locks the head row and
 * reads it (ON CONFLICT DO UPDATE locks the row until commit, so concurrent appends queue here and each reads
 * the head the previous one wrote); the second writes the event and moves the head.
 */
export async function appendAuditEventWith(query: SqlQuery, input: AuditInput): Promise<ChainedFields & { id: bigint; prevHash: string; hash: string }> {
  const [head] = await query<{ seq: number; hash: string }>(
    `INSERT INTO "AuditHead" ("organizationId", "seq", "hash") VALUES ($1, 0, $2)
     ON CONFLICT ("organizationId") DO UPDATE SET "seq" = "AuditHead"."seq"
     RETURNING "seq", "hash"`,
    [input.organizationId, GENESIS_HASH],
  );
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
  const [written] = await query<{ id: bigint | string }>(
    `WITH event AS (
       INSERT INTO "AuditEvent" ("organizationId", "seq", "actorId", "actorEmail", "action", "targetType", "targetId", "requestId",
         "occurredAt", "beforeDigest", "afterDigest", "data", "prevHash", "hash")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb, $13, $14)
       RETURNING "id"
     )
     UPDATE "AuditHead" SET "seq" = $2, "hash" = $14 WHERE "organizationId" = $1
     RETURNING (SELECT "id" FROM event) AS "id"`,
    [
      fields.organizationId, fields.seq, fields.actorId, fields.actorEmail, fields.action, fields.targetType, fields.targetId,
      fields.requestId, fields.occurredAt, fields.beforeDigest, fields.afterDigest, JSON.stringify(fields.data), head.hash, hash,
    ],
  );
  return { ...fields, id: BigInt(written!.id), prevHash: head.hash, hash };
}

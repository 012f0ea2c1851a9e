import type { Prisma } from "@prisma/client";
import type { AuditAction } from "@/lib/domain/api";
import { GENESIS_HASH, chainHashParts, type ChainedFields } from "@/lib/domain/audit";
import type { SqlQuery } from "../db/migrations";
import { SqlParams } from "../db/sql-params";

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

/** An appended event as written: its chained fields, the hash before it and its own. */
export type AppendedAuditEvent = ChainedFields & { id: bigint; prevHash: string; hash: string };

/**
 * The same, for plain SQL: one statement (see `auditAppendCtes`), so outside a transaction it is atomic on its
 * own, and inside one it costs a single round trip.
 */
export async function appendAuditEventWith(query: SqlQuery, input: AuditInput): Promise<AppendedAuditEvent> {
  const params = new SqlParams();
  const append = auditAppendCtes(input, params);
  const [written] = await query<AppendedRow>(`WITH ${append.sql} SELECT * FROM audit_event`, params.values);
  if (!written) throw new Error("audit event not written");
  return append.read(written);
}

interface AppendedRow {
  id: bigint | string;
  seq: number;
  prevHash: string;
  hash: string;
}

/**
 * Two common table expressions that append `input` to its organisation's chain: `audit_head` moves the head
 * (INSERT ... ON CONFLICT DO UPDATE locks the row until commit, so concurrent appends queue there and each
 * builds on the head the previous one wrote; the new hash is computed from the locked row, from the same parts
 * the verifier hashes), and `audit_event` writes the event, returning id, seq, prevHash and hash. With `gate`
 * (the name of an earlier expression) nothing is appended unless that expression returned a row.
 */
export function auditAppendCtes(input: AuditInput, params: SqlParams, gate?: string) {
  const fields: Omit<ChainedFields, "seq"> = {
    organizationId: input.organizationId,
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
  const { beforeSeq, afterSeq } = chainHashParts(fields);
  const org = params.add(fields.organizationId);
  const genesis = params.add(GENESIS_HASH);
  const before = params.add(`\n${beforeSeq}`);
  const after = params.add(afterSeq);
  const hashOf = (prev: string, seq: string) => `encode(sha256(convert_to(${prev} || ${before}::text || ${seq} || ${after}::text, 'UTF8')), 'hex')`;
  const from = gate ? ` FROM ${gate}` : "";
  const sql = `audit_head AS (
    INSERT INTO "AuditHead" AS h ("organizationId", "seq", "hash", "prevHash")
    SELECT ${org}, 1, ${hashOf(`${genesis}::text`, "'1'")}, ${genesis}${from}
    ON CONFLICT ("organizationId") DO UPDATE
      SET "seq" = h."seq" + 1, "hash" = ${hashOf('h."hash"', '(h."seq" + 1)::text')}, "prevHash" = h."hash"
    RETURNING "seq", "hash", "prevHash"
  ),
  audit_event AS (
    INSERT INTO "AuditEvent" ("organizationId", "seq", "actorId", "actorEmail", "action", "targetType", "targetId", "requestId",
      "occurredAt", "beforeDigest", "afterDigest", "data", "prevHash", "hash")
    SELECT ${org}, audit_head."seq", ${params.add(fields.actorId)}, ${params.add(fields.actorEmail)}, ${params.add(fields.action)},
      ${params.add(fields.targetType)}, ${params.add(fields.targetId)}, ${params.add(fields.requestId)}, ${params.add(fields.occurredAt)},
      ${params.add(fields.beforeDigest)}, ${params.add(fields.afterDigest)}, ${params.add(JSON.stringify(fields.data))}::jsonb,
      audit_head."prevHash", audit_head."hash"
    FROM audit_head
    RETURNING "id", "seq", "prevHash", "hash"
  )`;
  const read = (row: AppendedRow): AppendedAuditEvent => ({ ...fields, seq: Number(row.seq), id: BigInt(row.id), prevHash: row.prevHash, hash: row.hash });
  return { sql, read };
}

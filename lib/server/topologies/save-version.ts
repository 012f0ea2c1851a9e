import type { SaveVersionBody } from "@/lib/domain/api";
import { readStoredDocument, type TopologyDocument } from "@/lib/domain/schema";
import { auditAppendCtes } from "../audit/append";
import { isScoped } from "@/lib/domain/authz";
import { assertChangeWithinScope } from "../authz/region-scope";
import type { ActorContext } from "../context";
import { ConflictError } from "../errors";
import { rulePolicyFrom } from "../reviews/review-policy";
import { checkDocument } from "./document-input";
import { findOwnTopology } from "./find";
import { newId } from "../db/new-id";
import { sqlBeside } from "../db/open";
import type { SqlRunner } from "../db/migrations";
import { SqlParams } from "../db/sql-params";

/**
 * Writes a new immutable version on top of `baseVersion`. A stale base is refused with 409 and the
 * current version, so a concurrent edit is never silently overwritten. The heavy work (parsing,
 * validation, digest, a scoped member's diff) is done before anything is written; the write is then one
 * statement, atomic on its own: two round trips to the database per save in all.
 */
export async function saveVersion(ctx: ActorContext, topologyId: string, input: SaveVersionBody) {
  const sql = sqlBeside(ctx.db);
  const base = await readSaveBase(sql, ctx.organizationId, topologyId, input.baseVersion);
  const checked = checkDocument(input.document, rulePolicyFrom(base.approvalsRequired));
  const scopeRefusal = await scopeRefusalOf(ctx, topologyId, input.baseVersion, checked.document);
  if (scopeRefusal) {
    // A stale base or an archived topology still answers 409 first, as it would have had the write been tried.
    await refuseUnlessCurrent(ctx, topologyId, input.baseVersion);
    throw scopeRefusal.error;
  }

  const next = input.baseVersion + 1;
  const params = new SqlParams();
  const p = (value: unknown) => params.add(value);
  // The conditional update is the concurrency check: one writer moves the counter, the rest match no row, and
  // every later expression reads from `moved`, so a refused save writes nothing. The document goes as text for
  // PostgreSQL to parse (serialised once, outside the database's time).
  const moved = `moved AS (
    UPDATE "Topology" SET "currentVersion" = ${p(next)}::int, "updatedAt" = ${p(new Date())}
    WHERE "id" = ${p(topologyId)} AND "organizationId" = ${p(ctx.organizationId)} AND "archivedAt" IS NULL
      AND "currentVersion" = ${p(input.baseVersion)}::int
    RETURNING "id"
  )`;
  const version = `version AS (
    INSERT INTO "TopologyVersion" ("id", "topologyId", "number", "document", "digest", "message", "authorId", "validation")
    SELECT ${p(newId())}, moved."id", ${p(next)}::int, ${p(JSON.stringify(checked.document))}::jsonb, ${p(checked.digest)},
      ${p(input.message)}, ${p(ctx.user.id)}, ${p(JSON.stringify(checked.validation))}::jsonb
    FROM moved
    RETURNING "number"
  )`;
  const audit = auditAppendCtes(
    {
      organizationId: ctx.organizationId,
      actor: ctx.user,
      action: "topology.save",
      targetType: "topology",
      targetId: topologyId,
      requestId: ctx.requestId,
      beforeDigest: base.digest,
      afterDigest: checked.digest,
      data: { version: next, message: input.message },
    },
    params,
    "moved",
  );
  const [outcome] = await sql.query<{ saved: number | string }>(
    `WITH ${moved}, ${version}, ${audit.sql} SELECT count(*) AS "saved" FROM version`,
    params.values,
  );

  if (Number(outcome?.saved ?? 0) === 0) {
    await refuseUnlessCurrent(ctx, topologyId, input.baseVersion);
    // The base was current a moment ago and the counter did not move: another save took it in between.
    throw await staleBaseError(ctx, topologyId, input.baseVersion);
  }
  return { version: next, digest: checked.digest, validation: checked.validation };
}

/**
 * What a save reads before it writes: the policy validation applies, and the base version's digest for the
 * audit event (versions never change once written, so it cannot go stale). Null digest: no such base here.
 */
async function readSaveBase(sql: Pick<SqlRunner, "query">, organizationId: string, topologyId: string, baseVersion: number) {
  const [row] = await sql.query<{ approvalsRequired: number | null; digest: string | null }>(
    `SELECT (SELECT "approvalsRequired" FROM "Organization" WHERE "id" = $1) AS "approvalsRequired",
            (SELECT v."digest" FROM "TopologyVersion" v JOIN "Topology" t ON t."id" = v."topologyId"
              WHERE v."topologyId" = $2 AND t."organizationId" = $1 AND v."number" = $3::int) AS "digest"`,
    [organizationId, topologyId, baseVersion],
  );
  return { approvalsRequired: row?.approvalsRequired ?? null, digest: row?.digest ?? null };
}

/** Throws why a save on `baseVersion` cannot land: another organisation's or no topology (404), archived or stale (409). */
async function refuseUnlessCurrent(ctx: ActorContext, topologyId: string, baseVersion: number): Promise<void> {
  const topology = await findOwnTopology(ctx, topologyId);
  if (topology.archivedAt) throw new ConflictError("This topology is archived; restore it before saving.", { archived: true });
  if (topology.currentVersion !== baseVersion) throw await staleBaseError(ctx, topologyId, baseVersion);
}

async function staleBaseError(ctx: ActorContext, topologyId: string, baseVersion: number): Promise<ConflictError> {
  const current = await currentVersionOf(ctx, topologyId);
  return new ConflictError(
    `Version ${baseVersion} is no longer the latest: version ${current.number} was saved by ${current.authorName ?? "someone else"}.`,
    { currentVersion: current },
  );
}

/**
 * Why a region-scoped member may not make this change (403 naming the region), decided before the
 * transaction: versions never change once written, so the base read now is the base the save builds on.
 * Unrestricted members pass without a read or a diff. Any failure is kept, to be raised in its old place.
 */
async function scopeRefusalOf(ctx: ActorContext, topologyId: string, baseVersion: number, next: TopologyDocument): Promise<{ error: unknown } | null> {
  if (!isScoped(ctx.scope)) return null;
  try {
    const previous = await ctx.db.topologyVersion.findFirst({
      where: { topologyId, number: baseVersion, topology: { organizationId: ctx.organizationId } },
      select: { document: true },
    });
    const base = previous ? readStoredDocument(previous.document, `topology ${topologyId} version ${baseVersion}`) : null;
    assertChangeWithinScope(ctx.scope, base, next);
    return null;
  } catch (error) {
    return { error };
  }
}

async function currentVersionOf(ctx: ActorContext, topologyId: string) {
  const topology = await findOwnTopology(ctx, topologyId);
  const version = await ctx.db.topologyVersion.findUniqueOrThrow({
    where: { topologyId_number: { topologyId, number: topology.currentVersion } },
  });
  const author = await ctx.db.user.findUnique({ where: { id: version.authorId }, select: { name: true, email: true } });
  return {
    number: version.number,
    digest: version.digest,
    message: version.message,
    authorName: author?.name ?? author?.email ?? null,
    createdAt: version.createdAt.toISOString(),
    document: readStoredDocument(version.document, `topology ${topologyId} version ${version.number}`),
  };
}

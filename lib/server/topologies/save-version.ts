import type { SaveVersionBody } from "@/lib/domain/api";
import { readStoredDocument, type TopologyDocument } from "@/lib/domain/schema";
import { appendAuditEventWith } from "../audit/append";
import { isScoped } from "@/lib/domain/authz";
import { assertChangeWithinScope } from "../authz/region-scope";
import type { ActorContext } from "../context";
import { ConflictError } from "../errors";
import { rulePolicyOf } from "../reviews/review-policy";
import { checkDocument } from "./document-input";
import { findOwnTopology } from "./find";
import { newId } from "../db/new-id";
import { sqlBeside } from "../db/open";

/**
 * Writes a new immutable version on top of `baseVersion`. A stale base is refused with 409 and the
 * current version, so a concurrent edit is never silently overwritten. The heavy work (parsing,
 * validation, digest, a scoped member's diff) is done before the transaction opens, which then only reads
 * and writes rows.
 */
export async function saveVersion(ctx: ActorContext, topologyId: string, input: SaveVersionBody) {
  const checked = checkDocument(input.document, await rulePolicyOf(ctx.db, ctx.organizationId));
  const scopeRefusal = await scopeRefusalOf(ctx, topologyId, input.baseVersion, checked.document);
  // Serialised once, outside the transaction; the statements below send it as text for PostgreSQL to parse.
  const documentJson = JSON.stringify(checked.document);
  const next = input.baseVersion + 1;
  // Plain SQL in one transaction: four statements, none of Prisma's per-query and per-transaction work.
  const outcome = await sqlBeside(ctx.db).transaction(async (query) => {
    // The conditional update is the concurrency check: one writer moves the counter, the rest match no row.
    const moved = await query(
      `UPDATE "Topology" SET "currentVersion" = $1, "updatedAt" = $2
       WHERE "id" = $3 AND "organizationId" = $4 AND "archivedAt" IS NULL AND "currentVersion" = $5 RETURNING "id"`,
      [next, new Date(), topologyId, ctx.organizationId, input.baseVersion],
    );
    if (moved.length === 0) return { moved: false as const };
    // Raised here, where it always was, so a stale base still answers 409 first; throwing rolls the counter back.
    if (scopeRefusal) throw scopeRefusal.error;
    // One statement writes the version and reads the base's digest for the audit event.
    const [written] = await query<{ previousDigest: string | null }>(
      `WITH version AS (
         INSERT INTO "TopologyVersion" ("id", "topologyId", "number", "document", "digest", "message", "authorId", "validation")
         VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8::jsonb)
         RETURNING "number"
       )
       SELECT (SELECT "digest" FROM "TopologyVersion" WHERE "topologyId" = $2 AND "number" = $9) AS "previousDigest" FROM version`,
      [newId(), topologyId, next, documentJson, checked.digest, input.message, ctx.user.id, JSON.stringify(checked.validation), input.baseVersion],
    );
    await appendAuditEventWith(query, {
      organizationId: ctx.organizationId,
      actor: ctx.user,
      action: "topology.save",
      targetType: "topology",
      targetId: topologyId,
      requestId: ctx.requestId,
      beforeDigest: written?.previousDigest ?? null,
      afterDigest: checked.digest,
      data: { version: next, message: input.message },
    });
    return { moved: true as const };
  });

  if (!outcome.moved) {
    // Why not: another organisation's or no topology (404), an archived one (409), or a stale base (409).
    const topology = await findOwnTopology(ctx, topologyId);
    if (topology.archivedAt) throw new ConflictError("This topology is archived; restore it before saving.", { archived: true });
    const current = await currentVersionOf(ctx, topologyId);
    throw new ConflictError(
      `Version ${input.baseVersion} is no longer the latest: version ${current.number} was saved by ${current.authorName ?? "someone else"}.`,
      { currentVersion: current },
    );
  }
  return { version: next, digest: checked.digest, validation: checked.validation };
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

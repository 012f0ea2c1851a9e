import type { Prisma } from "@prisma/client";
import type { SaveVersionBody } from "@/lib/domain/api";
import { readStoredDocument } from "@/lib/domain/schema";
import { appendAuditEvent } from "../audit/append";
import { isScoped } from "@/lib/domain/authz";
import { assertChangeWithinScope } from "../authz/region-scope";
import type { ActorContext } from "../context";
import { ConflictError } from "../errors";
import { rulePolicyOf } from "../reviews/review-policy";
import { checkDocument } from "./document-input";
import { findOwnTopology } from "./find";

/**
 * Writes a new immutable version on top of `baseVersion`. A stale base is refused with 409 and the
 * current version, so a concurrent edit is never silently overwritten.
 */
export async function saveVersion(ctx: ActorContext, topologyId: string, input: SaveVersionBody) {
  const checked = checkDocument(input.document, await rulePolicyOf(ctx.db, ctx.organizationId));
  const outcome = await ctx.db.$transaction(async (tx) => {
    const topology = await findOwnTopology(ctx, topologyId, tx);
    if (topology.archivedAt) {
      throw new ConflictError("This topology is archived; restore it before saving.", { archived: true });
    }
    const next = input.baseVersion + 1;
    // The conditional update is the concurrency check: one writer moves the counter, the rest match no row.
    const moved = await tx.topology.updateMany({
      where: { id: topologyId, currentVersion: input.baseVersion },
      data: { currentVersion: next },
    });
    if (moved.count === 0) return { conflict: true as const };
    const scoped = isScoped(ctx.scope);
    // The base's document is read only when a region scope needs it to diff against.
    const previous = await tx.topologyVersion.findUnique({
      where: { topologyId_number: { topologyId, number: input.baseVersion } },
      select: { digest: true, document: scoped },
    });
    if (scoped) {
      // A region-scoped member may change only node groups, links and regions in their scope (403
      // naming the region otherwise); throwing here rolls the version counter back.
      const base = previous?.document ? readStoredDocument(previous.document, `topology ${topologyId} version ${input.baseVersion}`) : null;
      assertChangeWithinScope(ctx.scope, base, checked.document);
    }
    await tx.topologyVersion.create({
      data: {
        topologyId,
        number: next,
        document: checked.document as unknown as Prisma.InputJsonObject,
        digest: checked.digest,
        message: input.message,
        authorId: ctx.user.id,
        validation: { ...checked.validation },
      },
    });
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actor: ctx.user,
      action: "topology.save",
      targetType: "topology",
      targetId: topologyId,
      requestId: ctx.requestId,
      beforeDigest: previous?.digest ?? null,
      afterDigest: checked.digest,
      data: { version: next, message: input.message },
    });
    return { conflict: false as const, version: next };
  });

  if (outcome.conflict) {
    const current = await currentVersionOf(ctx, topologyId);
    throw new ConflictError(
      `Version ${input.baseVersion} is no longer the latest: version ${current.number} was saved by ${current.authorName ?? "someone else"}.`,
      { currentVersion: current },
    );
  }
  return { version: outcome.version, digest: checked.digest, validation: checked.validation };
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

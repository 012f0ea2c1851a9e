import type { AuditEventView, AuditQuery } from "@/lib/domain/api";
import type { Prisma } from "@prisma/client";
import type { ActorContext } from "../context";
import { resolveTargetNames } from "./target-names";

export async function listAuditEvents(ctx: ActorContext, query: AuditQuery) {
  const where: Prisma.AuditEventWhereInput = { organizationId: ctx.organizationId };
  if (query.actor) where.OR = [{ actorId: query.actor }, { actorEmail: { equals: query.actor, mode: "insensitive" } }];
  if (query.action) where.action = query.action.endsWith(".") ? { startsWith: query.action } : query.action;
  if (query.target) where.targetId = query.target;
  if (query.from || query.to) {
    where.occurredAt = { ...(query.from && { gte: new Date(query.from) }), ...(query.to && { lte: new Date(query.to) }) };
  }
  if (query.before) where.seq = { lt: query.before };
  const rows = await ctx.db.auditEvent.findMany({ where, orderBy: { seq: "desc" }, take: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const names = await resolveTargetNames(ctx, page);
  return {
    events: page.map((e) => toView(e, names.get(`${e.targetType}:${e.targetId}`) ?? null)),
    nextBefore: rows.length > query.limit ? page[page.length - 1]!.seq : null,
  };
}

function toView(e: Prisma.AuditEventGetPayload<object>, targetName: string | null): AuditEventView {
  return {
    id: e.id.toString(), seq: e.seq, actorId: e.actorId, actorEmail: e.actorEmail, action: e.action,
    targetType: e.targetType, targetId: e.targetId, targetName, requestId: e.requestId, occurredAt: e.occurredAt.toISOString(),
    beforeDigest: e.beforeDigest, afterDigest: e.afterDigest, data: e.data, hash: e.hash,
  };
}

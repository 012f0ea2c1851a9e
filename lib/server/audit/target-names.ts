import type { AuditEvent } from "@prisma/client";
import { getTemplate } from "@/lib/domain/templates";
import type { ActorContext } from "../context";
import { curatedSlugOf } from "../templates/keys";

type Named = Pick<AuditEvent, "targetType" | "targetId" | "data">;

/**
 * The current names of a page of events' targets, keyed "type:id". One query per target type on the
 * page, each scoped to the actor's organisation: a target of another organisation never gets a name.
 * Unresolved targets are absent (deleted rows, foreign ids); the caller falls back to the id.
 */
export async function resolveTargetNames(ctx: ActorContext, events: readonly Named[]): Promise<Map<string, string>> {
  const ids = new Map<string, Set<string>>();
  for (const e of events) {
    if (!ids.has(e.targetType)) ids.set(e.targetType, new Set());
    ids.get(e.targetType)!.add(e.targetId);
  }
  const of = (type: string) => [...(ids.get(type) ?? [])];
  const names = new Map<string, string>();
  const put = (type: string, id: string, name: string | null | undefined) => {
    if (name) names.set(`${type}:${id}`, name);
  };
  const organizationId = ctx.organizationId;

  await Promise.all([
    of("topology").length &&
      ctx.db.topology
        .findMany({ where: { organizationId, id: { in: of("topology") } }, select: { id: true, name: true } })
        .then((rows) => rows.forEach((r) => put("topology", r.id, r.name))),
    of("review").length &&
      ctx.db.review
        .findMany({
          where: { organizationId, id: { in: of("review") }, topology: { organizationId } },
          select: { id: true, version: true, topology: { select: { name: true } } },
        })
        .then((rows) => rows.forEach((r) => put("review", r.id, `${r.topology.name} v${r.version}`))),
    of("membership").length &&
      ctx.db.membership
        .findMany({ where: { organizationId, id: { in: of("membership") } }, select: { id: true, user: { select: { name: true, email: true } } } })
        .then((rows) => rows.forEach((r) => put("membership", r.id, r.user.name || r.user.email))),
    // A user target is named only while they are a member of this organisation.
    of("user").length &&
      ctx.db.membership
        .findMany({ where: { organizationId, userId: { in: of("user") } }, select: { userId: true, user: { select: { name: true, email: true } } } })
        .then((rows) => rows.forEach((r) => put("user", r.userId, r.user.name || r.user.email))),
    of("drill").length &&
      ctx.db.outageDrill
        .findMany({ where: { organizationId, id: { in: of("drill") } }, select: { id: true, name: true, version: true } })
        .then((rows) => rows.forEach((r) => put("drill", r.id, `${r.name} (v${r.version})`))),
    of("template").length &&
      ctx.db.template
        .findMany({ where: { organizationId, id: { in: of("template") } }, select: { id: true, title: true } })
        .then((rows) => rows.forEach((r) => put("template", r.id, r.title))),
    ids.get("organization")?.has(organizationId) &&
      ctx.db.organization
        .findUnique({ where: { id: organizationId }, select: { name: true } })
        .then((org) => put("organization", organizationId, org?.name)),
  ]);

  // Names that need no query: curated templates ship with the code, and invitation and membership
  // events carry the address in their own (this organisation's) data.
  for (const key of of("template")) {
    const slug = curatedSlugOf(key);
    if (slug) put("template", key, getTemplate(slug)?.title);
  }
  for (const e of events) {
    const key = `${e.targetType}:${e.targetId}`;
    if (names.has(key) || !e.data || typeof e.data !== "object" || Array.isArray(e.data)) continue;
    const data = e.data as Record<string, unknown>;
    if (e.targetType === "invitation" && typeof data.email === "string") put("invitation", e.targetId, data.email);
    if (e.targetType === "membership" && typeof data.member === "string") put("membership", e.targetId, data.member);
  }
  return names;
}

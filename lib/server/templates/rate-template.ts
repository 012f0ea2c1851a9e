import type { RateTemplateBody } from "@/lib/domain/api";
import { appendAuditEvent } from "../audit/append";
import type { ActorContext } from "../context";
import { getTemplate } from "./get-template";

/** The actor's rating of a template they can see; a new rating replaces their earlier one. */
export async function rateTemplate(ctx: ActorContext, templateId: string, input: RateTemplateBody) {
  const template = await getTemplate(ctx, templateId);
  const key = template.id;
  return ctx.db.$transaction(async (tx) => {
    // Raters of one template take turns (a row lock), so each recount sees every rating before it.
    await tx.$executeRaw`INSERT INTO "TemplateStat" ("templateKey") VALUES (${key}) ON CONFLICT ("templateKey") DO NOTHING`;
    await tx.$queryRaw`SELECT 1 FROM "TemplateStat" WHERE "templateKey" = ${key} FOR UPDATE`;
    const previous = await tx.templateRating.findUnique({ where: { templateKey_userId: { templateKey: key, userId: ctx.user.id } } });
    await tx.templateRating.upsert({
      where: { templateKey_userId: { templateKey: key, userId: ctx.user.id } },
      create: { templateKey: key, userId: ctx.user.id, stars: input.stars },
      update: { stars: input.stars },
    });
    // Totals recomputed from the ratings themselves.
    const totals = await tx.templateRating.aggregate({ where: { templateKey: key }, _sum: { stars: true }, _count: true });
    const stat = { ratingSum: totals._sum.stars ?? 0, ratingCount: totals._count };
    await tx.templateStat.upsert({ where: { templateKey: key }, create: { templateKey: key, ...stat }, update: stat });
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actor: ctx.user,
      action: "template.rate",
      targetType: "template",
      targetId: key,
      requestId: ctx.requestId,
      data: { stars: input.stars, ...(previous && { previous: previous.stars }) },
    });
    return { rating: { average: Math.round((stat.ratingSum / stat.ratingCount) * 10) / 10, count: stat.ratingCount, mine: input.stars } };
  });
}

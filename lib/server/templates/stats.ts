import type { ActorContext } from "../context";
import type { ViewContext } from "./views";

/** Usage and ratings of the given templates, and the actor's own ratings of them. */
export async function viewContext(ctx: ActorContext, keys: string[]): Promise<ViewContext> {
  const [stats, mine] = await Promise.all([
    ctx.db.templateStat.findMany({ where: { templateKey: { in: keys } } }),
    ctx.db.templateRating.findMany({ where: { templateKey: { in: keys }, userId: ctx.user.id }, select: { templateKey: true, stars: true } }),
  ]);
  return {
    stats: new Map(stats.map((s) => [s.templateKey, s])),
    mine: new Map(mine.map((r) => [r.templateKey, r.stars])),
  };
}

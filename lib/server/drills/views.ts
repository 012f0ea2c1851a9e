import type { OutageDrill } from "@prisma/client";
import { DrillSpecViewSchema, SavedDrillSummarySchema, type DrillView } from "@/lib/domain/api";
import { canChangeDrill } from "@/lib/domain/authz";
import type { ActorContext } from "../context";
import type { Db } from "../db";
import { peopleById } from "../reviews/people";

/** Newest first; the id orders drills saved in the same millisecond. */
export const DRILL_ORDER = [{ createdAt: "desc" }, { id: "desc" }] as const;
/** A list answers at most this many drills. */
export const DRILL_LIST_LIMIT = 200;

/** Saved drills as `actor` sees them: what they may do with each is part of the answer, so the UI offers only that. */
export async function drillViews(db: Pick<Db, "user">, rows: readonly OutageDrill[], actor: ActorContext): Promise<DrillView[]> {
  const person = await peopleById(db, rows.map((r) => r.createdById));
  return rows.map((r) => ({
    id: r.id,
    topologyId: r.topologyId,
    version: r.version,
    name: r.name,
    // Written by the save use case from the same schemas' request side; read back checked, never cast.
    spec: DrillSpecViewSchema.parse(r.spec),
    seed: r.seed,
    summary: SavedDrillSummarySchema.parse(r.summary),
    reviewId: r.reviewId,
    createdBy: person(r.createdById),
    createdAt: r.createdAt.toISOString(),
    canChange: canChangeDrill({ role: actor.role, userId: actor.user.id, scope: actor.scope }, r),
  }));
}

export async function drillView(db: Pick<Db, "user">, row: OutageDrill, actor: ActorContext): Promise<DrillView> {
  const [view] = await drillViews(db, [row], actor);
  return view!;
}

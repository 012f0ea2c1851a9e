import type { Prisma } from "@prisma/client";
import type { ActorContext } from "../context";
import { NotFoundError } from "../errors";

/** A review of the actor's organisation, with its topology; another organisation's review is "not found". */
export async function findOwnReview(ctx: ActorContext, reviewId: string, tx: Prisma.TransactionClient = ctx.db) {
  const review = await tx.review.findFirst({
    where: { id: reviewId, organizationId: ctx.organizationId },
    include: { reviewers: true, topology: { select: { id: true, name: true, currentVersion: true, production: true } } },
  });
  if (!review) throw new NotFoundError("Review");
  return review;
}

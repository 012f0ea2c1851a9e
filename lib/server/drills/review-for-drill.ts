import type { Prisma } from "@prisma/client";
import type { ActorContext } from "../context";
import { BadRequestError } from "../errors";
import { findOwnReview } from "../reviews/find-review";

/**
 * The review a drill of `topologyId` may be attached to: one of the actor's organisation (another's is "not
 * found") and of the same topology (another topology's is a 400). Its status does not matter: reviews never
 * close, they follow the design to newer versions, and a drill is evidence most wanted when changes were
 * requested. The drill may have been played on another version than the one under review; its view says which.
 */
export async function reviewForDrill(ctx: ActorContext, topologyId: string, reviewId: string, tx: Prisma.TransactionClient = ctx.db) {
  const review = await findOwnReview(ctx, reviewId, tx);
  if (review.topologyId !== topologyId) {
    const message = "a drill can only be attached to a review of its own topology";
    throw new BadRequestError(`This review is of another topology: ${message}.`, [{ path: "reviewId", message }]);
  }
  return review;
}

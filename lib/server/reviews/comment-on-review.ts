import type { ReviewCommentBody } from "@/lib/domain/api";
import type { TopologyDocument } from "@/lib/domain/schema";
import { appendAuditEvent } from "../audit/append";
import type { ActorContext } from "../context";
import { BadRequestError } from "../errors";
import { notify } from "../notifications/notify";
import { findOwnReview } from "./find-review";
import { displayName } from "./people";
import { loadVersion } from "./version-document";

type Pin = { kind: "region" | "nodeGroup" | "link"; id: string; field: "regionId" | "nodeGroupId" | "linkId" };

const LIST = { region: "regions", nodeGroup: "nodeGroups", link: "links" } as const;
const LABEL = { region: "region", nodeGroup: "node group", link: "link" } as const;

/** A comment on the version under review, on the whole of it or pinned to one of its canvas elements. */
export async function commentOnReview(ctx: ActorContext, reviewId: string, input: ReviewCommentBody) {
  const pin = pinOf(input);
  return ctx.db.$transaction(async (tx) => {
    const review = await findOwnReview(ctx, reviewId, tx);
    if (pin) {
      const { document } = await loadVersion(tx, review.topologyId, review.version);
      if (!hasElement(document, pin)) {
        const message = `version ${review.version} has no ${LABEL[pin.kind]} '${pin.id}'`;
        throw new BadRequestError(`You can only pin a comment to an element of the version under review: ${message}.`, [{ path: pin.field, message }]);
      }
    }
    const comment = await tx.reviewComment.create({
      data: { reviewId, authorId: ctx.user.id, version: review.version, body: input.body, targetKind: pin?.kind ?? null, targetId: pin?.id ?? null },
    });
    await notify(tx, [review.requestedById], ctx.user.id, {
      organizationId: ctx.organizationId,
      kind: "review.commented",
      message: `${displayName(ctx.user)} commented on version ${review.version} of '${review.topology.name}'${pin ? ` (${LABEL[pin.kind]} '${pin.id}')` : ""}.`,
      reviewId,
      topologyId: review.topologyId,
    });
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actor: ctx.user,
      action: "review.comment",
      targetType: "review",
      targetId: reviewId,
      requestId: ctx.requestId,
      data: { topologyId: review.topologyId, version: review.version, commentId: comment.id, ...(pin && { target: { kind: pin.kind, id: pin.id } }) },
    });
    return {
      comment: {
        id: comment.id,
        author: ctx.user,
        version: comment.version,
        body: comment.body,
        target: pin ? { kind: pin.kind, id: pin.id } : null,
        createdAt: comment.createdAt.toISOString(),
      },
    };
  });
}

function pinOf(input: ReviewCommentBody): Pin | null {
  if (input.regionId) return { kind: "region", id: input.regionId, field: "regionId" };
  if (input.nodeGroupId) return { kind: "nodeGroup", id: input.nodeGroupId, field: "nodeGroupId" };
  if (input.linkId) return { kind: "link", id: input.linkId, field: "linkId" };
  return null;
}

function hasElement(doc: TopologyDocument, pin: Pin): boolean {
  return (doc[LIST[pin.kind]] as readonly { id: string }[]).some((e) => e.id === pin.id);
}

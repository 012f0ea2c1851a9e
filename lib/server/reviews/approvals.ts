import type { ApprovalStatus } from "@/lib/domain/api";
import type { ActorContext } from "../context";
import type { Db } from "../db";
import { ForbiddenError } from "../errors";
import { latestByReviewer } from "./decisions";
import { peopleById } from "./people";
import { reviewersAmong } from "./reviewers";

interface TopologyRef {
  id: string;
  name: string;
  organizationId: string;
  production: boolean;
}

/**
 * The approvals of one exact version: distinct reviewers whose latest decision on it (in any review
 * of the topology) approves, who neither authored the version nor requested the review, and who may
 * still review in the organisation. Approvals of other versions never count.
 */
export async function approvalStatus(db: Db, topology: TopologyRef, version: number): Promise<ApprovalStatus> {
  const [org, row, decisions] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: topology.organizationId }, select: { approvalsRequired: true } }),
    db.topologyVersion.findUnique({ where: { topologyId_number: { topologyId: topology.id, number: version } }, select: { authorId: true } }),
    db.reviewDecision.findMany({
      where: { topologyId: topology.id, version, review: { organizationId: topology.organizationId } },
      include: { review: { select: { requestedById: true } } },
      orderBy: { seq: "asc" },
    }),
  ]);
  const approving = [...latestByReviewer(decisions).values()].filter(
    (d) => d.decision === "approve" && d.reviewerId !== row?.authorId && d.reviewerId !== d.review.requestedById,
  );
  const eligible = await reviewersAmong(db, topology.organizationId, approving.map((d) => d.reviewerId));
  const counted = approving.filter((d) => eligible.has(d.reviewerId));
  const person = await peopleById(db, counted.map((d) => d.reviewerId));
  const approvals = counted.map((d) => ({ reviewer: person(d.reviewerId), reviewId: d.reviewId, approvedAt: d.createdAt.toISOString() }));
  return {
    topologyId: topology.id,
    version,
    production: topology.production,
    approvalsRequired: org.approvalsRequired,
    approvals,
    exportAllowed: !topology.production || approvals.length >= org.approvalsRequired,
  };
}

/** The export gate: a production topology's version leaves only with the required approvals (403 otherwise). */
export async function assertExportApproved(ctx: ActorContext, topology: TopologyRef, version: number): Promise<void> {
  if (!topology.production) return;
  const status = await approvalStatus(ctx.db, topology, version);
  if (status.exportAllowed) return;
  const need = status.approvalsRequired;
  throw new ForbiddenError(
    `'${topology.name}' is a production topology: version ${version} needs ${need} approval${need === 1 ? "" : "s"} from reviewers other than its author before it can be exported, and has ${status.approvals.length}. Approvals of earlier versions do not count; request a review of version ${version}.`,
    { version, approvalsRequired: need, approvals: status.approvals.length },
    "approval_required",
  );
}

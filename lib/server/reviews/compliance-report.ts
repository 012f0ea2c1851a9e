import { buildComplianceReport, renderReportPdf, type ComplianceReport, type ReportAuditEvent } from "@/lib/domain/report";
import { downloadSlug } from "../http/download-name";
import type { Prisma } from "@prisma/client";
import { verifyAuditChain } from "../audit/verify";
import type { ActorContext } from "../context";
import { findOwnTopology } from "../topologies/find";
import { getVersion } from "../topologies/get-topology";
import { approvalStatus } from "./approvals";
import { rulePolicyOf } from "./review-policy";

/** The compliance report of one saved version: rules, failure domains, cost, approvals, provenance and chain check. */
export async function complianceReport(ctx: ActorContext, topologyId: string, number: number): Promise<ComplianceReport> {
  const topology = await findOwnTopology(ctx, topologyId);
  const { version, document } = await getVersion(ctx, topologyId, number);
  const [policy, approvals, auditTrail, chain] = await Promise.all([
    rulePolicyOf(ctx.db, ctx.organizationId),
    approvalStatus(ctx.db, topology, number),
    versionTrail(ctx, topologyId, number),
    verifyAuditChain(ctx.db, ctx.organizationId),
  ]);
  return buildComplianceReport({
    topology: { id: topology.id, name: topology.name, production: topology.production },
    version: { number, digest: version.digest, message: version.message, author: version.author, createdAt: version.createdAt },
    document,
    policy,
    approvals: { required: approvals.approvalsRequired, received: approvals.approvals.map((a) => ({ reviewer: a.reviewer, approvedAt: a.approvedAt })) },
    auditTrail,
    chain: {
      ok: chain.ok, checked: chain.checked, headSeq: chain.headSeq ?? 0,
      ...(chain.firstBroken && { firstBroken: { seq: chain.firstBroken.seq, reason: chain.firstBroken.reason } }),
      ...(chain.checkpoints.latest && { anchor: { seq: chain.checkpoints.latest.seq, at: chain.checkpoints.latest.at, unanchored: chain.unanchored } }),
    },
    generatedAt: new Date().toISOString(),
  });
}

export async function complianceReportPdf(ctx: ActorContext, topologyId: string, number: number) {
  const report = await complianceReport(ctx, topologyId, number);
  const slug = downloadSlug(report.topology.name, "topology");
  return { pdf: await renderReportPdf(report), fileName: `${slug}-v${number}-compliance.pdf` };
}

/**
 * How the version came to be: the topology's events up to the one that wrote this version (creation,
 * saves, exports, flags), and the review events about this version (requests, comments, decisions).
 */
async function versionTrail(ctx: ActorContext, topologyId: string, number: number): Promise<ReportAuditEvent[]> {
  const [topologyEvents, reviewEvents] = await Promise.all([
    ctx.db.auditEvent.findMany({ where: { organizationId: ctx.organizationId, targetId: topologyId }, orderBy: { seq: "asc" } }),
    ctx.db.auditEvent.findMany({
      where: { organizationId: ctx.organizationId, targetType: "review", data: { path: ["topologyId"], equals: topologyId } },
      orderBy: { seq: "asc" },
    }),
  ]);
  const versionOf = (e: { data: Prisma.JsonValue }) => (e.data as { version?: unknown } | null)?.version;
  const writer = topologyEvents.find((e) => (e.action === "topology.create" && number === 1) || (e.action === "topology.save" && versionOf(e) === number));
  const upTo = writer?.seq ?? Number.MAX_SAFE_INTEGER;
  return [...topologyEvents.filter((e) => e.seq <= upTo), ...reviewEvents.filter((e) => versionOf(e) === number)]
    .sort((a, b) => a.seq - b.seq)
    .map((e) => ({
      seq: e.seq,
      occurredAt: e.occurredAt.toISOString(),
      actorEmail: e.actorEmail,
      action: e.action,
      targetType: e.targetType,
      targetId: e.targetId,
      data: e.data,
      hash: e.hash,
    }));
}

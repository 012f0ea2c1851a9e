import type { Db } from "../db";
import { downloadResponse } from "../http/download";

const BATCH = 1000;

/**
 * The organisation's audit log as JSON lines (one event per line, every field the hash covers, in seq order),
 * streamed in batches so a long log never sits in memory whole. `meridian audit verify --log` reads it.
 */
export function exportAuditLog(db: Db, organizationId: string): Response {
  const encoder = new TextEncoder();
  let next = 1;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const events = await db.auditEvent.findMany({ where: { organizationId, seq: { gte: next } }, orderBy: { seq: "asc" }, take: BATCH });
      if (events.length === 0) return controller.close();
      const lines = events.map((e) =>
        JSON.stringify({
          id: e.id.toString(), organizationId: e.organizationId, seq: e.seq, actorId: e.actorId, actorEmail: e.actorEmail, action: e.action,
          targetType: e.targetType, targetId: e.targetId, requestId: e.requestId, occurredAt: e.occurredAt.toISOString(),
          beforeDigest: e.beforeDigest, afterDigest: e.afterDigest, data: e.data, prevHash: e.prevHash, hash: e.hash,
        }),
      );
      controller.enqueue(encoder.encode(`${lines.join("\n")}\n`));
      next = events[events.length - 1]!.seq + 1;
      if (events.length < BATCH) controller.close();
    },
  });
  return downloadResponse({ body, filename: `audit-log-${organizationId}.jsonl`, contentType: "application/x-ndjson; charset=utf-8" });
}

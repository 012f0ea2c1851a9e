import type { Db } from "../db";
import { GENESIS_HASH, chainHash } from "./chain";

export interface ChainVerification {
  ok: boolean;
  checked: number;
  headSeq: number;
  /** The first event that does not follow from the one before it. */
  firstBroken?: { seq: number; id: string; reason: string };
}

const BATCH = 1000;

/** Walks the organisation's chain from the start, recomputing every hash. */
export async function verifyAuditChain(db: Db, organizationId: string): Promise<ChainVerification> {
  const head = await db.auditHead.findUnique({ where: { organizationId } });
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const events = await db.auditEvent.findMany({
      where: { organizationId, seq: { gte: expectedSeq } },
      orderBy: { seq: "asc" },
      take: BATCH,
    });
    for (const e of events) {
      const broken = (reason: string): ChainVerification => ({
        ok: false, checked, headSeq: head?.seq ?? 0, firstBroken: { seq: e.seq, id: e.id.toString(), reason },
      });
      if (e.seq !== expectedSeq) {
        return { ok: false, checked, headSeq: head?.seq ?? 0, firstBroken: { seq: expectedSeq, id: "", reason: `event ${expectedSeq} is missing` } };
      }
      if (e.prevHash !== prevHash) return broken("its previous-hash does not match the hash of the event before it");
      const recomputed = chainHash(prevHash, {
        organizationId: e.organizationId, seq: e.seq, actorId: e.actorId, actorEmail: e.actorEmail, action: e.action,
        targetType: e.targetType, targetId: e.targetId, requestId: e.requestId, occurredAt: e.occurredAt,
        beforeDigest: e.beforeDigest, afterDigest: e.afterDigest, data: e.data,
      });
      if (recomputed !== e.hash) return broken("its contents no longer match its hash (the event was altered)");
      prevHash = e.hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (events.length < BATCH) break;
  }
  const headSeq = head?.seq ?? 0;
  if (headSeq !== checked || (head && head.hash !== prevHash)) {
    return {
      ok: false, checked, headSeq,
      firstBroken: { seq: checked + 1, id: "", reason: `the chain ends at event ${checked} but its head records ${headSeq} events` },
    };
  }
  return { ok: true, checked, headSeq };
}

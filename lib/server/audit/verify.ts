import { ChainVerifier, type AuditCheckpoint, type ChainReport } from "@/lib/domain/audit";
import type { Db } from "../db";
import { checkpointConfig, type CheckpointConfig } from "./checkpoint-config";
import { readFileSink } from "./checkpoint-sinks";

export type { ChainReport as ChainVerification };

const BATCH = 1000;

/** Every checkpoint of an organisation Meridian can see: the database's copies and the file sink's. */
export async function checkpointsOf(db: Db, organizationId: string, config: CheckpointConfig = checkpointConfig()): Promise<AuditCheckpoint[]> {
  const stored = await db.auditCheckpoint.findMany({ where: { organizationId } });
  const fromFile = readFileSink(config.file).checkpoints.filter((c) => c.organizationId === organizationId);
  const all = [
    ...stored.map((c) => ({ v: 1 as const, organizationId: c.organizationId, seq: c.seq, hash: c.hash, at: c.at.toISOString(), keyId: c.keyId, signature: c.signature })),
    ...fromFile,
  ];
  return [...new Map(all.map((c) => [`${c.seq}/${c.keyId}/${c.signature}`, c])).values()];
}

/**
 * Walks the organisation's chain from the start, recomputing every hash, and holds it against every signed
 * checkpoint (database and file sink): altered, rewritten, truncated or deleted history is reported with the
 * first sequence number that is wrong.
 */
export async function verifyAuditChain(db: Db, organizationId: string, config: CheckpointConfig = checkpointConfig()): Promise<ChainReport> {
  const head = await db.auditHead.findUnique({ where: { organizationId } });
  const verifier = new ChainVerifier(organizationId, await checkpointsOf(db, organizationId, config), config.trusted);
  await feedEvents(db, verifier, organizationId, 1);
  return verifier.finish(head ? { seq: head.seq, hash: head.hash } : null);
}

/** Feeds the verifier the organisation's events from `fromSeq` (up to `toSeq`), in batches, until it breaks. */
export async function feedEvents(db: Db, verifier: ChainVerifier, organizationId: string, fromSeq: number, toSeq?: number): Promise<void> {
  let next = fromSeq;
  for (;;) {
    const events = await db.auditEvent.findMany({
      where: { organizationId, seq: { gte: next, ...(toSeq !== undefined && { lte: toSeq }) } },
      orderBy: { seq: "asc" },
      take: BATCH,
    });
    for (const e of events) {
      if (!verifier.add({ ...e, id: e.id.toString() })) return;
      next = e.seq + 1;
    }
    if (events.length < BATCH) return;
  }
}

import { ChainVerifier, checkCheckpoint, signCheckpoint, type AuditCheckpoint, type CheckpointOutcome } from "@/lib/domain/audit";
import type { Db } from "../db";
import { checkpointConfig, type CheckpointConfig } from "./checkpoint-config";
import { appendToFileSink, postToHttpSink } from "./checkpoint-sinks";
import { checkpointsOf, feedEvents } from "./verify";

/**
 * Signs the organisation's chain head, after checking the events since the newest trusted checkpoint: a
 * checkpoint must never vouch for a chain that is already broken. The database keeps one copy, the file
 * sink (and the HTTP sink, when configured) another.
 */
export async function takeCheckpoint(db: Db, organizationId: string, config: CheckpointConfig = checkpointConfig()): Promise<CheckpointOutcome> {
  const head = await db.auditHead.findUnique({ where: { organizationId } });
  if (!head || head.seq === 0) return { taken: false, reason: "there are no audit events to checkpoint yet" };
  const known = await checkpointsOf(db, organizationId, config);
  const anchor = known
    .filter((c) => checkCheckpoint(c, config.trusted) === "valid" && c.seq <= head.seq)
    .reduce<AuditCheckpoint | undefined>((a, c) => (!a || c.seq > a.seq ? c : a), undefined);
  if (anchor?.seq === head.seq && anchor.hash === head.hash) return { taken: false, reason: "the head is already checkpointed", checkpoint: anchor };

  const verifier = new ChainVerifier(organizationId, known, config.trusted, anchor && { seq: anchor.seq, hash: anchor.hash });
  await feedEvents(db, verifier, organizationId, (anchor?.seq ?? 0) + 1, head.seq);
  const report = verifier.finish({ seq: head.seq, hash: head.hash });
  if (!report.ok) {
    console.error(`Audit chain of organisation ${organizationId} is broken at event ${report.firstBroken?.seq}: not checkpointed (${report.firstBroken?.reason})`);
    return { taken: false, reason: `the chain is broken at event ${report.firstBroken?.seq}: ${report.firstBroken?.reason}` };
  }

  const checkpoint = signCheckpoint({ organizationId, seq: head.seq, hash: head.hash, at: new Date().toISOString() }, config.key);
  const inserted = await db.$executeRaw`
    INSERT INTO "AuditCheckpoint" ("organizationId", "seq", "hash", "at", "keyId", "signature")
    VALUES (${organizationId}, ${checkpoint.seq}, ${checkpoint.hash}, ${new Date(checkpoint.at)}, ${checkpoint.keyId}, ${checkpoint.signature})
    ON CONFLICT ("organizationId", "seq", "keyId") DO NOTHING`;
  // Another instance signed the same head a moment ago: its copy stands.
  if (inserted === 0) return { taken: false, reason: "another instance checkpointed this head" };
  appendToFileSink(config.file, checkpoint);
  if (config.url) await postToHttpSink(config.url, checkpoint);
  return { taken: true, checkpoint };
}

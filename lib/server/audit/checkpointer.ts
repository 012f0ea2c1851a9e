import type { Db } from "../db";
import { checkpointConfig, type CheckpointConfig } from "./checkpoint-config";
import { takeCheckpoint } from "./take-checkpoint";

interface HeadState {
  organizationId: string;
  seq: number;
  checkpointed: number | null;
  oldestUnanchoredAt: Date | null;
}

/**
 * Organisations whose chain is due a checkpoint: `everyEvents` events since the newest one, or an event left
 * uncovered for `everySeconds`. So no event stays unsigned longer than that, whichever comes first.
 */
export async function dueForCheckpoint(db: Db, config: Pick<CheckpointConfig, "everyEvents" | "everySeconds">, now = new Date()): Promise<string[]> {
  const heads = await db.$queryRaw<HeadState[]>`
    SELECT h."organizationId", h."seq", c."checkpointed", e."occurredAt" AS "oldestUnanchoredAt"
    FROM "AuditHead" h
    LEFT JOIN LATERAL (SELECT max("seq") AS "checkpointed" FROM "AuditCheckpoint" WHERE "organizationId" = h."organizationId") c ON true
    LEFT JOIN "AuditEvent" e ON e."organizationId" = h."organizationId" AND e."seq" = COALESCE(c."checkpointed", 0) + 1
    WHERE h."seq" > COALESCE(c."checkpointed", 0)`;
  return heads
    .filter((h) => {
      const behind = h.seq - (h.checkpointed ?? 0);
      const waited = h.oldestUnanchoredAt ? (now.getTime() - new Date(h.oldestUnanchoredAt).getTime()) / 1000 : Infinity;
      return behind >= config.everyEvents || waited >= config.everySeconds;
    })
    .map((h) => h.organizationId);
}

/** One pass: checkpoints every organisation that is due. Errors are logged per organisation, never thrown. */
export async function checkpointDue(db: Db, config: CheckpointConfig = checkpointConfig()): Promise<number> {
  let taken = 0;
  for (const organizationId of await dueForCheckpoint(db, config)) {
    try {
      if ((await takeCheckpoint(db, organizationId, config)).taken) taken += 1;
    } catch (error) {
      console.error(`Audit checkpoint for organisation ${organizationId} failed: ${(error as Error).message}`);
    }
  }
  return taken;
}

const TICK_SECONDS = 5;

/** Runs `checkpointDue` every few seconds in this process (each instance does; the database keeps one copy per head). */
export function startCheckpointer(db: () => Promise<Db>): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    db()
      .then((d) => checkpointDue(d))
      .catch((error: Error) => console.error(`Audit checkpointer: ${error.message}`))
      .finally(() => (running = false));
  }, TICK_SECONDS * 1000);
  timer.unref();
  return () => clearInterval(timer);
}

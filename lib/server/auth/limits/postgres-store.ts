import type { Db } from "../../db";
import { blockAfter, type LimitRule, type LimitStore } from "./store";

const PRUNE_EVERY_MS = 10 * 60_000;

/**
 * Limits in the app's own database (PostgreSQL, or the embedded PGlite). Each attempt locks its row for
 * the length of one short transaction, so instances sharing the database count every attempt once; the
 * database's clock decides windows and blocks, so instances whose clocks drift still agree.
 */
export function postgresLimitStore(database: () => Promise<Db>): LimitStore {
  let prunedAt = 0;
  return {
    kind: "postgresql",
    async attempt(key: string, rule: LimitRule) {
      const db = await database();
      if (Date.now() - prunedAt > PRUNE_EVERY_MS) {
        prunedAt = Date.now();
        await db.$executeRaw`DELETE FROM "SignInLimit" WHERE "windowEndsAt" < now() AND ("blockedUntil" IS NULL OR "blockedUntil" < now())`;
      }
      return db.$transaction(async (tx) => {
        // A new row's window has long ended (not "now": stored to the millisecond, now() could round up past itself).
        await tx.$executeRaw`INSERT INTO "SignInLimit" ("key", "count", "windowEndsAt") VALUES (${key}, 0, to_timestamp(0)) ON CONFLICT ("key") DO NOTHING`;
        const [row] = await tx.$queryRaw<{ count: number; windowOpen: boolean; blockedMs: number }[]>`
          SELECT "count", "windowEndsAt" > now() AS "windowOpen",
                 COALESCE(GREATEST(0, CEIL(EXTRACT(EPOCH FROM ("blockedUntil" - now())) * 1000)), 0)::int AS "blockedMs"
          FROM "SignInLimit" WHERE "key" = ${key} FOR UPDATE`;
        if (!row) throw new Error("the sign-in limit row vanished inside its own transaction");
        if (row.blockedMs > 0) return { allowed: false as const, retryAfterMs: row.blockedMs };
        const count = row.windowOpen ? row.count + 1 : 1;
        const blockMs = blockAfter(count, rule);
        const windowMs = row.windowOpen ? 0 : rule.windowMs;
        await tx.$executeRaw`
          UPDATE "SignInLimit" SET
            "count" = ${count}::int,
            "windowEndsAt" = CASE WHEN ${windowMs}::int > 0 THEN now() + ${windowMs}::int * interval '1 millisecond' ELSE "windowEndsAt" END,
            "blockedUntil" = CASE WHEN ${blockMs}::int > 0 THEN now() + ${blockMs}::int * interval '1 millisecond' END
          WHERE "key" = ${key}`;
        return { allowed: true as const, count };
      });
    },
    async clear(key: string) {
      const db = await database();
      await db.$executeRaw`DELETE FROM "SignInLimit" WHERE "key" = ${key}`;
    },
  };
}

import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";
import type { SqlRunner } from "./migrations";

export function pgliteRunner(db: PGlite): SqlRunner {
  return {
    async query<T>(sql: string, params: unknown[] = []) {
      return (await db.query(sql, params)).rows as T[];
    },
    async execScript(script) {
      try {
        await db.exec(script);
      } catch (error) {
        await db.exec("ROLLBACK").catch(() => undefined);
        throw error;
      }
    },
    transaction(work) {
      return db.transaction((tx) => work(async (sql, params = []) => (await tx.query(sql, params)).rows as never[]));
    },
  };
}

export function pgRunner(client: pg.Client | pg.Pool): SqlRunner {
  return {
    async query<T>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as T[];
    },
    async execScript(script) {
      // One connection for the whole script, so BEGIN/COMMIT in it bracket the same session.
      const conn = "connect" in client && "totalCount" in client ? await (client as pg.Pool).connect() : null;
      const target = conn ?? (client as pg.Client);
      try {
        await target.query(script);
      } catch (error) {
        await target.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        conn?.release();
      }
    },
    async transaction(work) {
      const conn = "connect" in client && "totalCount" in client ? await (client as pg.Pool).connect() : null;
      const target = conn ?? (client as pg.Client);
      try {
        await target.query("BEGIN");
        const result = await work(async (sql, params = []) => (await target.query(sql, params)).rows as never[]);
        await target.query("COMMIT");
        return result;
      } catch (error) {
        await target.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        conn?.release();
      }
    },
  };
}

// Where the time of one save (and one load) goes: the in-process document check (schema, rules, digest),
// each Prisma operation the use case runs (timed by a query extension, so Prisma's own client-side work is
// included), and the SQL statements sent (counted from Prisma's query log). Runs the real use cases, so it
// follows them as they change.

import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import pg from "pg";
import { digestOf } from "@/lib/domain/canonical";
import { validate } from "@/lib/domain/rules";
import { parseDocument, type TopologyDocument } from "@/lib/domain/schema";
import type { ActorContext } from "@/lib/server/context";
import type { Db } from "@/lib/server/db";
import { nextRequest } from "@/lib/server/testing/actors";
import { checkDocument } from "@/lib/server/topologies/document-input";
import { getTopology } from "@/lib/server/topologies/get-topology";
import { saveVersion } from "@/lib/server/topologies/save-version";
import { round, timeSync } from "./stats";

const RUNS = 30;

function profiledClient(url: string) {
  const counters = { statements: 0, sqlMs: 0, ops: new Map<string, { ms: number; calls: number }>() };
  // Our own pool, so it is certainly closed (and its idle connections' errors handled) before the database is dropped.
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on("error", () => undefined);
  const base = new PrismaClient({ adapter: new PrismaPg(pool), log: [{ emit: "event", level: "query" }] });
  base.$on("query", (e) => {
    counters.statements++;
    counters.sqlMs += Number(e.duration);
  });
  const db = base.$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        const t0 = performance.now();
        try {
          return await query(args);
        } finally {
          const key = `${model ?? "raw"}.${operation}`;
          const entry = counters.ops.get(key) ?? { ms: 0, calls: 0 };
          entry.ms += performance.now() - t0;
          entry.calls++;
          counters.ops.set(key, entry);
        }
      },
    },
  });
  const close = async () => {
    await base.$disconnect();
    await pool.end().catch(() => undefined);
  };
  return { db: db as unknown as Db, close, counters };
}

export async function profileSave(
  url: string,
  writer: { actor: ActorContext; topologyId: string; version: number },
  doc: TopologyDocument,
  saveP50Ms: number,
  loadP50Ms: number,
) {
  const parsed = parseDocument(doc);
  if (!parsed.success) throw new Error("generated document does not parse");
  const cpu = {
    parseDocumentMs: timeSync(() => parseDocument(doc), 50).medianMs,
    validateMs: timeSync(() => validate(parsed.data), 50).medianMs,
    digestMs: timeSync(() => digestOf(parsed.data), 50).medianMs,
    checkDocumentTotalMs: timeSync(() => checkDocument(doc), 50).medianMs,
    jsonStringifyParseMs: timeSync(() => JSON.parse(JSON.stringify(doc)), 50).medianMs,
  };

  const { db, close, counters } = profiledClient(url);
  const actor = { ...writer.actor, db };
  const profile = async (fn: () => Promise<unknown>) => {
    for (let i = 0; i < 5; i++) await fn(); // warm-up
    counters.statements = 0;
    counters.sqlMs = 0;
    counters.ops.clear();
    const t0 = performance.now();
    for (let i = 0; i < RUNS; i++) await fn();
    const totalMs = (performance.now() - t0) / RUNS;
    const operations = Object.fromEntries(
      [...counters.ops].map(([k, { ms, calls }]) => [k, { calls: round(calls / RUNS, 1), ms: round(ms / RUNS, 2) }]),
    );
    const inOperations = [...counters.ops.values()].reduce((s, { ms }) => s + ms, 0) / RUNS;
    return {
      meanMs: round(totalMs, 2),
      statements: round(counters.statements / RUNS, 1),
      sqlMsReportedByPrisma: round(counters.sqlMs / RUNS, 2),
      operations,
      outsideOperationsMs: round(totalMs - inOperations, 2),
    };
  };
  try {
    const save = await profile(async () => {
      const saved = await saveVersion(nextRequest(actor), writer.topologyId, { baseVersion: writer.version, document: doc, message: "profile" });
      writer.version = saved.version;
    });
    const load = await profile(() => getTopology(nextRequest(actor), writer.topologyId));
    return {
      cpuPerSave: cpu,
      save: { ...save, p50MsAt1Client: saveP50Ms, checkDocumentShareOfP50: round(cpu.checkDocumentTotalMs / saveP50Ms, 2) },
      load: { ...load, p50MsAt1Client: loadP50Ms },
      note:
        `means over ${RUNS} sequential calls of the real use case on a profiled client. operations: calls and wall time per ` +
        "Prisma operation (client-side work + round trip); outsideOperationsMs: checkDocument, audit hashing, BEGIN/COMMIT " +
        "and interactive-transaction bookkeeping; sqlMsReportedByPrisma: driver-reported statement durations",
    };
  } finally {
    await close();
  }
}

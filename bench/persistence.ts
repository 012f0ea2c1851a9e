// Save and load of a 200-node-group document through our stack (saveVersion / getTopology over Prisma)
// beside a raw SQL baseline on the same server, at 1, 8 and 32 concurrent clients; plus PGlite at 1 client.

import pg from "pg";
import type { TopologyDocument } from "@/lib/domain/schema";
import type { ActorContext } from "@/lib/server/context";
import { nextRequest, signUp } from "@/lib/server/testing/actors";
import { createTestDatabase, TEST_PG_URL, type TestDatabase } from "@/lib/server/testing/databases";
import { createTopology } from "@/lib/server/topologies/create-topology";
import { getTopology } from "@/lib/server/topologies/get-topology";
import { saveVersion } from "@/lib/server/topologies/save-version";
import { generateTopology } from "./generate-topology";
import { compare, runLoad } from "./load";
import { profileSave } from "./save-profile";
import { log } from "./stats";

const LEVELS = [1, 8, 32] as const;
const MAX_CLIENTS = Math.max(...LEVELS);
const GROUPS = 200;
const RUN_MS = Number(process.env.BENCH_PERSISTENCE_RUN_SECONDS ?? 2.5) * 1000;
const RAW_TABLE = `CREATE TABLE bench_raw (id bigserial PRIMARY KEY, client int NOT NULL, doc jsonb NOT NULL)`;

/** One writer: its own user, organisation and topology, so saves never conflict and audit chains never contend. */
interface Writer {
  actor: ActorContext;
  topologyId: string;
  version: number;
  rawId?: number | string;
}

/** A fresh document object per save (as a request body would be), differing only in its description. */
const variant = (doc: TopologyDocument, client: number, i: number): TopologyDocument => ({ ...doc, description: `client ${client} save ${i}` });

async function newWriter(db: TestDatabase, doc: TopologyDocument, email: string, actor?: ActorContext): Promise<Writer> {
  const who = actor ?? (await signUp(db.prisma, email));
  const { topology } = await createTopology(nextRequest(who), { name: `bench ${email}`, document: doc });
  return { actor: who, topologyId: topology.id, version: 1 };
}

function ourOps(writers: Writer[], doc: TopologyDocument) {
  return {
    save: async (c: number, i: number) => {
      const w = writers[c]!;
      const saved = await saveVersion(nextRequest(w.actor), w.topologyId, { baseVersion: w.version, document: variant(doc, c, i), message: `bench ${i}` });
      w.version = saved.version;
    },
    load: async (c: number) => {
      const w = writers[c]!;
      await getTopology(nextRequest(w.actor), w.topologyId);
    },
  };
}

type Query = (sql: string, params: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

function rawOps(writers: Writer[], doc: TopologyDocument, query: Query, asText: boolean) {
  return {
    save: async (c: number, i: number) => {
      const body = variant(doc, c, i);
      const { rows } = await query(`INSERT INTO bench_raw (client, doc) VALUES ($1, $2::jsonb) RETURNING id`, [c, asText ? JSON.stringify(body) : body]);
      writers[c]!.rawId = rows[0]!.id as number;
    },
    load: async (c: number) => {
      await query(`SELECT doc FROM bench_raw WHERE id = $1`, [writers[c]!.rawId]);
    },
  };
}

async function warmUp(ops: { save: (c: number, i: number) => Promise<unknown>; load: (c: number) => Promise<unknown> }) {
  for (let i = 0; i < 5; i++) await ops.save(0, -1 - i);
  for (let i = 0; i < 5; i++) await ops.load(0);
}

async function postgresql(doc: TopologyDocument) {
  const probe = new pg.Client({ connectionString: TEST_PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await probe.connect();
  } catch (error) {
    return { skipped: `PostgreSQL not reachable at ${TEST_PG_URL}: ${(error as Error).message}` };
  } finally {
    await probe.end().catch(() => undefined);
  }

  log("persistence: creating a throwaway PostgreSQL database");
  const db = await createTestDatabase("postgresql", { poolSize: MAX_CLIENTS });
  const name = new URL(db.url!).pathname.slice(1);
  const onSignal = () => void db.destroy().finally(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const pool = new pg.Pool({ connectionString: db.url, max: MAX_CLIENTS });
  pool.on("error", (error) => log(`raw pool: ${error.message}`));
  try {
    const [{ server_version: serverVersion } = {}] = await db.sql.query<{ server_version: string }>("SHOW server_version");
    await pool.query(RAW_TABLE);
    log(`persistence: signing up ${MAX_CLIENTS} writers`);
    const writers = await Promise.all(Array.from({ length: MAX_CLIENTS }, (_, c) => newWriter(db, doc, `bench-${c}@example.com`)));
    const ours = ourOps(writers, doc);
    const raw = rawOps(writers, doc, (sql, params) => pool.query(sql, params), false);
    await warmUp(ours);
    await warmUp(raw);

    const levels = [];
    for (const clients of LEVELS) {
      log(`persistence: PostgreSQL, ${clients} client(s), ${RUN_MS / 1000} s per run`);
      const save = compare(await runLoad(clients, RUN_MS, ours.save), await runLoad(clients, RUN_MS, raw.save));
      const load = compare(await runLoad(clients, RUN_MS, ours.load), await runLoad(clients, RUN_MS, raw.load));
      levels.push({ clients, save, load });
    }

    // The audit chain is per organisation and its head row is locked per append: writers of ONE organisation
    // serialise there. Same 8-writer load as above, but all in the first writer's organisation.
    log("persistence: 8 writers in one organisation");
    const sameOrg = await Promise.all(Array.from({ length: 8 }, (_, c) => newWriter(db, doc, `same-org-${c}`, writers[0]!.actor)));
    const sameOrgSaves = await runLoad(8, RUN_MS, ourOps(sameOrg, doc).save);

    log("persistence: profiling one save");
    const breakdown = await profileSave(db.url!, writers[0]!, doc, levels[0]!.save.ours.p50Ms, levels[0]!.load.ours.p50Ms);
    return {
      serverVersion,
      poolSize: MAX_CLIENTS,
      levels,
      sameOrganisation: {
        note: "8 writers on 8 topologies of ONE organisation (audit chain head row lock); compare with levels[clients=8].save.ours",
        save: sameOrgSaves,
      },
      breakdown,
    };
  } finally {
    await pool.end().catch(() => undefined);
    await db.destroy();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    log(`persistence: dropped database ${name}`);
  }
}

async function pglite(doc: TopologyDocument) {
  log("persistence: PGlite (in memory), 1 client");
  const db = await createTestDatabase("pglite");
  try {
    await db.sql.query(RAW_TABLE);
    const writers = [await newWriter(db, doc, "bench-lite@example.com")];
    const ours = ourOps(writers, doc);
    const raw = rawOps(writers, doc, async (sql, params) => ({ rows: await db.sql.query(sql, params) }), true);
    await warmUp(ours);
    await warmUp(raw);
    const save = compare(await runLoad(1, RUN_MS, ours.save), await runLoad(1, RUN_MS, raw.save));
    const load = compare(await runLoad(1, RUN_MS, ours.load), await runLoad(1, RUN_MS, raw.load));
    return { clients: 1, save, load, note: "in-process WASM PostgreSQL, one connection; raw baseline through PGlite's own query()" };
  } finally {
    await db.destroy();
  }
}

export async function persistenceBench() {
  const doc = generateTopology(GROUPS);
  const document = { nodeGroups: GROUPS, regions: doc.regions.length, jsonBytes: Buffer.byteLength(JSON.stringify(doc)) };
  const method =
    `closed loop, ${RUN_MS / 1000} s per run; ours = saveVersion/getTopology use cases via Prisma (each client its own ` +
    "user, organisation and topology); raw = node-postgres INSERT ... RETURNING id / SELECT doc by primary key on a bare " +
    "(id, client, doc jsonb) table; overheadRatio = ours p50 / raw p50; throughputRatio = ours ops/s / raw ops/s";
  const pgResult = await postgresql(doc);
  const liteResult = await pglite(doc).catch((error: Error) => ({ error: error.message }));
  if ("skipped" in pgResult) return { skipped: pgResult.skipped, document, method, pglite: liteResult };
  return { document, method, postgresql: pgResult, pglite: liteResult };
}

import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

const NAME_OID = 19;
const TEXT_OID = 25;

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type Queryable = { performIO(query: unknown): Promise<pg.QueryResult> };

/**
 * The stock PostgreSQL adapter cannot deserialise columns of type `name` (prisma/orm#27403), which
 * Prisma's migration engine reads from the catalog, and it splits scripts on every `;`, which breaks
 * function bodies in migrations. This adapter reports `name` columns as text, sends scripts whole,
 * and drops the shadow database it creates. Only the Prisma CLI uses it (prisma.config.ts).
 */
export function pgMigrationAdapter(connectionString: string): PrismaPg {
  const factory = new PrismaPg({ connectionString, max: 2 });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => patched(await connect());
  factory.connectToShadowDb = async () => {
    const admin = await connect();
    const database = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
    await admin.underlyingDriver().query(`CREATE DATABASE "${database}"`);
    const url = new URL(connectionString);
    url.pathname = `/${database}`;
    const shadow = patched(await new PrismaPg({ connectionString: url.toString(), max: 2 }).connect());
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.underlyingDriver().query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.dispose();
    };
    return shadow;
  };
  return factory;
}

function patched(adapter: Adapter): Adapter {
  nameAsText(adapter as unknown as Queryable);
  adapter.executeScript = async (script: string) => {
    await adapter.underlyingDriver().query(script);
  };
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => {
    const tx = await startTransaction(...args);
    nameAsText(tx as unknown as Queryable);
    return tx;
  };
  return adapter;
}

function nameAsText(queryable: Queryable): void {
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields ?? []) if (field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
    return result;
  };
}

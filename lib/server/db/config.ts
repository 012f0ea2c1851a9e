import path from "node:path";

export type DatabaseKind = "postgresql" | "pglite";

/** PostgreSQL when DATABASE_URL is set; otherwise the embedded PGlite database under `.data/`. */
export function databaseKind(): DatabaseKind {
  return process.env.DATABASE_URL ? "postgresql" : "pglite";
}

export function pgliteDataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.MERIDIAN_DATA_DIR ?? ".data", "pglite");
}

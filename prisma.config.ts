import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma 6's CLI probes for native engines it would otherwise download; pointing it at any existing
// file stops that, and the JavaScript engine below does the work (offline installs must succeed).
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= path.resolve("package.json");
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("package.json");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  engine: "js",
  experimental: { adapter: true },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (url) {
      const { pgMigrationAdapter } = await import("./lib/server/db/pg-migration-adapter");
      return pgMigrationAdapter(url);
    }
    const { PGlite } = await import("@electric-sql/pglite");
    const { pgliteAdapter } = await import("./lib/server/db/pglite-adapter");
    const { pgliteDataDir } = await import("./lib/server/db/config");
    const { mkdirSync } = await import("node:fs");
    const dir = pgliteDataDir();
    mkdirSync(dir, { recursive: true });
    return pgliteAdapter(new PGlite(dir));
  },
});

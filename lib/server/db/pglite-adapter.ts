import type { PGlite } from "@electric-sql/pglite";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";

/**
 * pglite-prisma-adapter is typed against an older @prisma/driver-adapter-utils than Prisma 6.19; the
 * runtime contract is the same (the integration tests run every query through it), the types differ.
 */
export function pgliteAdapter(lite: PGlite): SqlMigrationAwareDriverAdapterFactory {
  return new PrismaPGlite(lite) as unknown as SqlMigrationAwareDriverAdapterFactory;
}

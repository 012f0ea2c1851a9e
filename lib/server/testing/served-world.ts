import { afterAll, beforeAll } from "vitest";
import { setDatabaseForTesting } from "../db";
import { seedAccessWorld, type AccessWorld } from "./access-world";
import { createTestDatabase, type TestDatabase, type TestDatabaseKind } from "./databases";
import { useTestAuthSecret } from "./sessions";

/**
 * For a describe block whose tests call route handlers: a fresh database of `kind` that the handlers use,
 * seeded with the access world (`ready` receives both before the tests run), dropped after them.
 */
export function serveAccessWorld(kind: TestDatabaseKind, ready: (db: TestDatabase, world: AccessWorld) => void): void {
  let db: TestDatabase | undefined;
  beforeAll(async () => {
    useTestAuthSecret();
    db = await createTestDatabase(kind);
    setDatabaseForTesting(db);
    ready(db, await seedAccessWorld(db.prisma));
  });
  afterAll(async () => {
    setDatabaseForTesting(undefined);
    await db?.destroy();
  });
}

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

// Files the server keeps beside its database (signing key, checkpoint sink, embedded database) go to a
// fresh folder per test file, never to the project's own data folder.
const dataDir = mkdtempSync(path.join(tmpdir(), "meridian-test-"));
process.env.MERIDIAN_DATA_DIR = dataDir;
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

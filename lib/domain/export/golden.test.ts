// Golden files: the whole bundle of each reference topology, keys from a fixed seed, compared file by file
// with testing/golden/<topology>/. Private key files are not stored (manifest.json holds their SHA-256, so a
// changed key still shows). After an intended change: UPDATE_GOLDEN=1 npx vitest run lib/domain/export/golden.test.ts

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { bundleOf, text } from "./testing/bundles";
import { REFERENCE_TOPOLOGIES } from "./testing/reference-topologies";

const GOLDEN_DIR = fileURLToPath(new URL("./testing/golden/", import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === "1";

function listFiles(dir: string): string[] {
  let out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    out = entry.isDirectory() ? [...out, ...listFiles(full)] : [...out, full];
  }
  return out;
}

describe.each(Object.keys(REFERENCE_TOPOLOGIES))("golden bundle of %s", (name) => {
  const dir = join(GOLDEN_DIR, name);
  const stored = bundleOf(name).files.filter((f) => !f.sensitive);

  if (UPDATE) {
    rmSync(dir, { recursive: true, force: true });
    for (const f of stored) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true });
      writeFileSync(join(dir, f.path), text(f));
    }
  }

  it("has the same files as its golden folder", () => {
    const golden = listFiles(dir).map((p) => relative(dir, p).split("\\").join("/")).sort();
    expect(golden).toEqual(stored.map((f) => f.path));
  });

  it.each(stored.map((f) => [f.path, f] as const))("%s matches", (path, file) => {
    expect(text(file)).toBe(readFileSync(join(dir, path), "utf8"));
  });
});

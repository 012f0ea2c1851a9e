// Test helper: runs Debian's promtool on files written to a temporary folder. A missing promtool fails the
// test with the command that installs it (scripts/test.sh installs it in CI): never a silent skip.

import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export const PROMTOOL_MISSING = "promtool is not installed: run `apt-get install -y prometheus` (Debian's prometheus package installs promtool; scripts/test.sh does this)";

export interface PromtoolResult {
  readonly status: number;
  readonly output: string;
}

/** Writes `files` (relative path to contents) to a fresh folder, runs promtool there, removes the folder. */
export function promtool(args: readonly string[], files: Readonly<Record<string, string>>): PromtoolResult {
  const dir = mkdtempSync(join(tmpdir(), "promtool-"));
  try {
    for (const [path, contents] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), contents);
    }
    const run = spawnSync("promtool", [...args], { cwd: dir, encoding: "utf8", timeout: 30_000 });
    if (run.error) {
      if ((run.error as NodeJS.ErrnoException).code === "ENOENT") throw new Error(PROMTOOL_MISSING);
      throw run.error;
    }
    return { status: run.status ?? -1, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Test helper: runs the real `bin/meridian.mjs` in a child process, from a temporary working directory,
// so tests see exactly what a user or CI job sees (exit code, stdout, stderr).

import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const BIN = fileURLToPath(new URL("../../../bin/meridian.mjs", import.meta.url));

export interface BinResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A scratch directory for input files; the bin runs with it as its working directory. */
export class Workspace {
  readonly dir = mkdtempSync(join(tmpdir(), "meridian-cli-"));

  write(name: string, content: string | object): string {
    writeFileSync(join(this.dir, name), typeof content === "string" ? content : JSON.stringify(content, null, 2));
    return name;
  }

  run(args: readonly string[], stdin?: string): Promise<BinResult> {
    return new Promise((resolve, reject) => {
      const child = execFile(
        process.execPath,
        [BIN, ...args],
        { cwd: this.dir, env: { ...process.env, NO_COLOR: "1" }, timeout: 60_000, maxBuffer: 32 * 1024 * 1024 },
        (error, stdout, stderr) => {
          if (error && typeof error.code !== "number") return reject(error);
          resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
        },
      );
      if (stdin !== undefined) child.stdin?.end(stdin);
      else child.stdin?.end();
    });
  }

  /** Runs and parses stdout as JSON. */
  async json(args: readonly string[], stdin?: string): Promise<BinResult & { body: any }> {
    const result = await this.run(args, stdin);
    let body: unknown;
    try {
      body = JSON.parse(result.stdout);
    } catch {
      throw new Error(`stdout is not JSON (exit ${result.code}):\n${result.stdout}\nstderr:\n${result.stderr}`);
    }
    return { ...result, body };
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

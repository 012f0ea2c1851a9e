import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** Whether HOST (default localhost) keeps the app on this machine. */
export function servingLocallyOnly(host = process.env.HOST): boolean {
  return LOCAL_HOSTS.has((host ?? "localhost").trim().toLowerCase() || "localhost");
}

/** Why the app will not serve: AUTH_SECRET is unset while HOST lets other machines in. Null when all is well. */
export function missingAuthSecretProblem(env: Record<string, string | undefined> = process.env): string | null {
  if (env.AUTH_SECRET || servingLocallyOnly(env.HOST)) return null;
  return (
    `AUTH_SECRET must be set when serving on HOST=${env.HOST}. Every instance must share one secret ` +
    "(e.g. `openssl rand -base64 32`), or sessions signed by one are refused by the others and lost on restart."
  );
}

/**
 * AUTH_SECRET signs session cookies. Deployments set it; the embedded default, served on this machine
 * only, makes one on first start and keeps it under the data folder, so sessions survive restarts
 * without any setup. Served to others without AUTH_SECRET, it refuses: a generated secret would differ
 * between instances.
 */
export function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const problem = missingAuthSecretProblem();
  if (problem) throw new Error(problem);
  const dir = path.resolve(/*turbopackIgnore: true*/ process.env.MERIDIAN_DATA_DIR ?? ".data");
  const file = path.join(dir, "auth-secret");
  if (!existsSync(/*turbopackIgnore: true*/ file)) {
    mkdirSync(/*turbopackIgnore: true*/ dir, { recursive: true });
    writeFileSync(/*turbopackIgnore: true*/ file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  }
  return readFileSync(/*turbopackIgnore: true*/ file, "utf8").trim();
}

/** Before sign-in is served: a server that would serve others without AUTH_SECRET says why and stops. Not while building. */
export function requireAuthSecretWhenServingOthers(): void {
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const problem = missingAuthSecretProblem();
  if (!problem) return;
  console.error(`Meridian stops: ${problem}`);
  process.exit(1);
}

import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * AUTH_SECRET signs session cookies. Deployments set it; the embedded default makes one on first
 * start and keeps it under the data folder, so sessions survive restarts without any setup.
 */
export function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const dir = path.resolve(/*turbopackIgnore: true*/ process.env.MERIDIAN_DATA_DIR ?? ".data");
  const file = path.join(dir, "auth-secret");
  if (!existsSync(/*turbopackIgnore: true*/ file)) {
    mkdirSync(/*turbopackIgnore: true*/ dir, { recursive: true });
    writeFileSync(/*turbopackIgnore: true*/ file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  }
  return readFileSync(/*turbopackIgnore: true*/ file, "utf8").trim();
}

import { rmSync } from "node:fs";

/** Removes the SSO run's PGlite folder: no user, membership or topology outlives a run. */
export default async function ssoTeardown() {
  const dir = process.env.MERIDIAN_SSO_DATA_DIR;
  if (dir) rmSync(dir, { recursive: true, force: true });
}

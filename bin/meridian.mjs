#!/usr/bin/env node
// The `meridian` command: registers tsx so Node runs the TypeScript CLI directly, with paths resolved
// from this file so it works from any working directory (npx meridian, a global link, CI).
import { register } from "tsx/esm/api";
import { fileURLToPath } from "node:url";

register({ tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)) });
const { main } = await import(new URL("../lib/cli/main.ts", import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));

// The MILP solver's WebAssembly binary, for the optimiser's worker in the browser. It is the `highs` package's own
// file (public, open source, the same for everyone): no user data, so no session is needed to fetch it.

import { readFile } from "node:fs/promises";
import path from "node:path";

// Read from the installed package at run time (the app runs from its folder): a module specifier for the .wasm
// would make the bundler load it as a WebAssembly module, or replace the path with a module id.
const WASM_PATH = path.join(process.cwd(), "node_modules", "highs", "build", "highs.wasm");
let bytes: Promise<Buffer> | undefined;

export async function GET(): Promise<Response> {
  bytes ??= readFile(WASM_PATH);
  return new Response(new Uint8Array(await bytes), {
    headers: { "content-type": "application/wasm", "cache-control": "public, max-age=86400" },
  });
}

// Free loopback ports for the servers the browser tests start, chosen when a Playwright config loads.
// Playwright loads the config again in every worker process; the first load (the runner) records the
// ports in the environment, which the workers and web servers inherit, so every process agrees.

import { execFileSync } from "node:child_process";

/**
 * Asks the OS for `count` distinct free ports by listening on port 0 on 127.0.0.1, holding all of them
 * until each is known. Synchronous (a short child process), because Playwright configs load
 * synchronously. The app is reached as `localhost`, which may resolve to ::1: a port taken there is
 * skipped too.
 */
export function freeLoopbackPorts(count: number): number[] {
  const script = `
    const net = require("node:net");
    const listen = (port, host) => new Promise((resolve, reject) => {
      const server = net.createServer();
      server.once("error", reject);
      server.listen(port, host, () => resolve(server));
    });
    (async () => {
      const held = [];
      const ports = [];
      while (ports.length < ${count}) {
        const v4 = await listen(0, "127.0.0.1");
        held.push(v4);
        const port = v4.address().port;
        try {
          held.push(await listen(port, "::1"));
        } catch (error) {
          // No IPv6 loopback at all is fine; a port someone holds there is not.
          if (error.code === "EADDRINUSE") continue;
        }
        ports.push(port);
      }
      process.stdout.write(ports.join(","));
      for (const server of held) server.close();
    })().catch((error) => { console.error(error); process.exit(1); });
  `;
  const out = execFileSync(process.execPath, ["-e", script], { encoding: "utf8" });
  const ports = out.split(",").map(Number);
  if (ports.length !== count || ports.some((p) => !Number.isInteger(p) || p <= 0)) throw new Error(`could not find ${count} free ports (got "${out}")`);
  return ports;
}

/**
 * The ports named by these environment variables: their values when all are set (a worker, or a run
 * pinned by hand), otherwise free ports, recorded in the environment for the processes to come.
 */
export function sharedPorts<const N extends readonly string[]>(names: N): { [K in keyof N]: number } {
  const set = names.map((name) => process.env[name]);
  if (set.every((v) => v !== undefined && v !== "")) return set.map(Number) as { [K in keyof N]: number };
  const ports = freeLoopbackPorts(names.length);
  names.forEach((name, i) => (process.env[name] = String(ports[i])));
  return ports as { [K in keyof N]: number };
}

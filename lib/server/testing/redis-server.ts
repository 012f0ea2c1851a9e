import { spawn, type ChildProcess } from "node:child_process";
import { createServer, connect } from "node:net";

export interface TestRedis {
  url: string;
  stop(): Promise<void>;
}

/** A port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A throwaway redis-server of the test's own, on a free loopback port, keeping nothing on disk; stopped
 * (that process only) by `stop`. Fails plainly when redis-server is not installed.
 */
export async function startRedisServer(): Promise<TestRedis> {
  const port = await freePort();
  const binary = process.env.REDIS_SERVER_PATH ?? "redis-server";
  const child = spawn(binary, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  const exited = new Promise<never>((_, reject) => {
    child.once("error", (error) => reject(new Error(`${binary} could not start (${error.message}); install redis-server or set REDIS_SERVER_PATH.`)));
    child.once("exit", (code) => reject(new Error(`${binary} exited with ${code} before accepting connections.`)));
  });
  await Promise.race([answersPing(port), exited]);
  child.removeAllListeners("exit");
  return { url: `redis://127.0.0.1:${port}`, stop: () => stop(child) };
}

async function answersPing(port: number, deadline = Date.now() + 10_000): Promise<void> {
  while (Date.now() < deadline) {
    if (await ping(port)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`redis-server on port ${port} did not answer within 10 seconds.`);
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.setTimeout(500);
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (data) => {
      socket.destroy();
      resolve(data.toString().startsWith("+PONG"));
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

// Starts the built app for the browser tests. With DATABASE_URL it first creates that PostgreSQL
// database and migrates it with `prisma migrate deploy`, exactly as an operator would.
import { spawn, spawnSync } from "node:child_process";
import pg from "pg";

const url = process.env.DATABASE_URL;
if (url) {
  const target = new URL(url);
  const database = target.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  await client.end();
  const migrate = spawnSync("npx", ["prisma", "migrate", "deploy"], { stdio: "inherit", env: process.env });
  if (migrate.status !== 0) process.exit(migrate.status ?? 1);
}
const server = spawn("npx", ["next", "start", "-p", process.env.PORT ?? "3000", "-H", "localhost"], {
  stdio: "inherit",
  env: process.env,
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

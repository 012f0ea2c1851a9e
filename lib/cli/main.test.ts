import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { Workspace } from "./testing/run-bin";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

describe.concurrent("meridian: help, version and usage errors", () => {
  const ws = new Workspace();
  afterAll(() => ws.dispose());

  it("--help lists the commands on stdout, exit 0", async () => {
    const r = await ws.run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: meridian <command>/);
    for (const command of ["validate", "latency", "cost", "import", "export", "genesis", "keys", "schema"]) expect(r.stdout).toContain(`  ${command}`);
  });

  it("--version prints package.json's version", async () => {
    const r = await ws.run(["--version"]);
    expect(r).toMatchObject({ code: 0, stdout: `meridian ${pkg.version}\n` });
  });

  it("each command has --help, and 'help <command>' says the same", async () => {
    const [a, b] = await Promise.all([ws.run(["validate", "--help"]), ws.run(["help", "validate"])]);
    expect(a.code).toBe(0);
    expect(a.stdout).toMatch(/^Usage: meridian validate <file>/);
    expect(b.stdout).toBe(a.stdout);
    for (const command of ["latency", "cost", "import", "export", "genesis", "keys", "schema"]) {
      const r = await ws.run([command, "-h"]);
      expect(r.code, command).toBe(0);
      expect(r.stdout).toContain(`Usage: meridian ${command}`);
    }
  });

  it("no command: usage on stderr, exit 2", async () => {
    const r = await ws.run([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/Usage: meridian/);
  });

  it("an unknown command or option: exit 2 with a pointer to --help", async () => {
    const [cmd, opt, sub] = await Promise.all([ws.run(["deploy"]), ws.run(["--verbose"]), ws.run(["validate", "--bogus", "x.json"])]);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toMatch(/unknown command 'deploy' \(commands: validate, latency, cost, import, export, simulate, optimise, verify-bundle, migrate, genesis, keys, audit, schema\)/);
    expect(opt.code).toBe(2);
    expect(opt.stderr).toMatch(/unknown option '--verbose'/);
    expect(sub.code).toBe(2);
    expect(sub.stderr).toMatch(/^meridian validate: Unknown option '--bogus'/);
    expect(sub.stderr).toMatch(/Run 'meridian validate --help' for usage/);
  });

  it("schema prints the document's JSON Schema", async () => {
    const r = await ws.json(["schema"]);
    expect(r.code).toBe(0);
    expect(r.body.$id).toBe("https://meridian.dev/schema/topology.json");
    expect(r.body.required).toEqual(expect.arrayContaining(["schemaVersion", "name", "network", "regions", "nodeGroups"]));
    expect((await ws.run(["schema", "extra"])).code).toBe(2);
  });
});

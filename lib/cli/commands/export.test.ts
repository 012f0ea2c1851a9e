import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { Workspace } from "../testing/run-bin";
import { starter } from "../testing/topologies";

const G = `0x${"0".repeat(63)}1`;
const G_ADDRESS = "0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf";

function filesIn(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const path = prefix ? `${prefix}/${e.name}` : e.name;
    return e.isDirectory() ? filesIn(dir, path) : [path];
  });
}

const sha256 = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");
const mode = (path: string) => statSync(path).mode & 0o777;

function hasSha256sum(): boolean {
  try {
    execFileSync("sha256sum", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describe.concurrent("meridian export", () => {
  const ws = new Workspace();
  afterAll(() => ws.dispose());
  ws.write("starter.json", starter());

  it("writes the bundle tree with private keys 0600, and prints file count, manifest hash and warnings", async () => {
    const r = await ws.run(["export", "starter.json", "--out", "bundle"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const dir = join(ws.dir, "bundle");
    const files = filesIn(dir).sort();
    expect(r.stdout).toContain(`Exported "Starter" (terraform, helm, compose, genesis, qdq, monitoring): ${files.length} files to bundle/`);
    expect(r.stdout).toContain(`manifest.json sha256 ${sha256(readFileSync(join(dir, "manifest.json")))}`);
    expect(r.stdout).toMatch(/^Warnings \(\d+\):\n {2}- terraform: node group bootnodes runs on virtual machines/m);
    for (const folder of ["terraform/azure/main.tf", "helm/eastus/install.sh", "k8s/eastus/00-network.yaml", "compose/docker-compose.yml", "genesis/genesis.json", "qdq/topology.json", "README.md", "SHA256SUMS"]) {
      expect(files).toContain(folder);
    }
    expect(mode(join(dir, "keys/validator-eastus-1/nodekey"))).toBe(0o600);
    expect(mode(join(dir, "keys/validator-eastus-1"))).toBe(0o700);
    expect(mode(join(dir, "keys/validator-eastus-1/address"))).toBe(0o644);
    expect(mode(join(dir, "helm/eastus/install.sh"))).toBe(0o755);
    // Every file but SHA256SUMS is listed in it with its digest.
    const sums = readFileSync(join(dir, "SHA256SUMS"), "utf8").trimEnd().split("\n");
    expect(sums).toHaveLength(files.length - 1);
    for (const line of sums) {
      const [digest, path] = line.split("  ");
      expect(sha256(readFileSync(join(dir, path!))), path).toBe(digest);
    }
  });

  it.skipIf(!hasSha256sum())("passes sha256sum -c SHA256SUMS", async () => {
    const r = await ws.run(["export", "starter.json", "--out", "checked", "--target", "genesis,compose"]);
    expect(r.code).toBe(0);
    expect(() => execFileSync("sha256sum", ["-c", "--quiet", "SHA256SUMS"], { cwd: join(ws.dir, "checked") })).not.toThrow();
  });

  it("refuses a non-empty --out directory unless --force", async () => {
    ws.write("used.txt", "x");
    const first = await ws.run(["export", "starter.json", "--out", ".", "--target", "qdq"]);
    expect(first.code).toBe(2);
    expect(first.stderr).toMatch(/^meridian export: \. is not empty; choose an empty or new directory, or add --force/);
    expect(existsSync(join(ws.dir, "qdq"))).toBe(false);
    await ws.run(["export", "starter.json", "--out", "again", "--target", "qdq"]);
    const refused = await ws.run(["export", "starter.json", "--out", "again", "--target", "qdq"]);
    expect(refused.code).toBe(2);
    const forced = await ws.run(["export", "starter.json", "--out", "again", "--target", "qdq", "--force"]);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/qdq\): 5 files to again\//);
  });

  it("writes a zip with --zip, readable by its owner only, holding the same bundle", async () => {
    const r = await ws.run(["export", "starter.json", "--zip", "out/starter.zip", "--target", "genesis"]);
    expect(r.code).toBe(0);
    const path = join(ws.dir, "out/starter.zip");
    expect(mode(path)).toBe(0o600);
    const entries = unzipSync(readFileSync(path));
    const sums = new TextDecoder().decode(entries.SHA256SUMS).trimEnd().split("\n");
    for (const line of sums) {
      const [digest, name] = line.split("  ");
      expect(sha256(entries[name!]!), name).toBe(digest);
    }
    expect(r.stdout).toContain("to out/starter.zip");
    expect((await ws.run(["export", "starter.json", "--zip", "out/starter.zip", "--target", "genesis"])).stderr).toMatch(/already exists; add --force/);
  });

  it("uses node keys from --keys and generates the others", async () => {
    ws.write("keys.json", { "validator-eastus-1": G });
    const r = await ws.run(["export", "starter.json", "--out", "with-keys", "--target", "genesis", "--keys", "keys.json"]);
    expect(r.code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(ws.dir, "with-keys/manifest.json"), "utf8"));
    expect(manifest.nodes.find((n: { name: string }) => n.name === "validator-eastus-1").address).toBe(G_ADDRESS);
    expect(readFileSync(join(ws.dir, "with-keys/keys/validator-eastus-1/nodekey"), "utf8")).toBe(G.slice(2));
    expect(manifest.nodes).toHaveLength(9);
  });

  it("exit 2 for a bad --keys file, naming the node but never the key", async () => {
    const bad = `0x${"f".repeat(64)}`;
    ws.write("bad-keys.json", { "validator-eastus-2": bad });
    ws.write("unknown-keys.json", { "validator-mars-1": G });
    ws.write("not-json.json", `{"validator-eastus-1": ${bad.slice(2)}}`);
    const [invalid, unknown, notJson] = await Promise.all([
      ws.run(["export", "starter.json", "--out", "k1", "--keys", "bad-keys.json"]),
      ws.run(["export", "starter.json", "--out", "k2", "--keys", "unknown-keys.json"]),
      ws.run(["export", "starter.json", "--out", "k3", "--keys", "not-json.json"]),
    ]);
    expect(invalid.stderr).toMatch(/^meridian export: cannot export starter\.json: the key supplied for validator-eastus-2 is not a valid secp256k1 private key/);
    expect(unknown.stderr).toMatch(/keys supplied for nodes this network does not have: validator-mars-1/);
    expect(notJson.stderr).toMatch(/not-json\.json is not valid JSON/);
    for (const r of [invalid, unknown, notJson]) {
      expect(r.code).toBe(2);
      expect(r.stderr + r.stdout).not.toContain("f".repeat(64));
    }
    expect(existsSync(join(ws.dir, "k1"))).toBe(false);
  });

  it("writes only the chosen targets", async () => {
    const r = await ws.run(["export", "starter.json", "--out", "helm-only", "--target", "helm"]);
    expect(r.code).toBe(0);
    expect(readdirSync(join(ws.dir, "helm-only")).sort()).toEqual(["README.md", "SHA256SUMS", "helm", "k8s", "keys", "manifest.json"]);
  });

  it("exit 2 for bad usage", async () => {
    const [noOut, badTarget, noFile, missing] = await Promise.all([
      ws.run(["export", "starter.json"]),
      ws.run(["export", "starter.json", "--out", "x", "--target", "ansible"]),
      ws.run(["export", "--out", "x"]),
      ws.run(["export", "missing.json", "--out", "x"]),
    ]);
    expect(noOut.stderr).toMatch(/missing --out <dir> or --zip <file\.zip>/);
    expect(badTarget.stderr).toMatch(/--target: unknown value 'ansible' \(expected terraform, helm, compose, genesis, qdq, monitoring, all\)/);
    expect(noFile.stderr).toMatch(/missing <file>/);
    expect(missing.stderr).toMatch(/cannot read missing\.json: no such file/);
    for (const r of [noOut, badTarget, noFile, missing]) expect(r.code).toBe(2);
  });
});

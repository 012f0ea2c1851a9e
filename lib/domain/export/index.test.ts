// buildExport as a whole: targets, progress, supplied keys, the integrity files, and where private keys may
// (and may not) appear.

import { describe, expect, it } from "vitest";
import { digestOf } from "../canonical";
import { buildExport, normaliseTargets } from "./index";
import { inspectNodeKey } from "./keys";
import { fileBytes, sha256Hex } from "./manifest";
import { allBundles, bundleOf, text } from "./testing/bundles";
import { goQuorumRaftTopology, seededRandom, starterTopology } from "./testing/reference-topologies";
import { EXPORT_TARGETS, ExportError, type ExportProgress, type ExportResult } from "./types";

/** Every private value of a bundle: node keys (hex) and Tessera secrets (base64), as they appear in key files. */
function secretsOf(result: ExportResult): string[] {
  return result.files.filter((f) => f.sensitive).map((f) => {
    const body = text(f);
    return f.path.endsWith("/tm.key") ? (JSON.parse(body) as { data: { bytes: string } }).data.bytes : body.trim();
  });
}

describe.each(allBundles())("the %s bundle", (_name, result) => {
  it("keeps private keys in sensitive files under keys/ only, and out of every other file", () => {
    const sensitive = result.files.filter((f) => f.sensitive);
    expect(sensitive.length).toBeGreaterThan(0);
    for (const f of sensitive) expect(f.path).toMatch(/^keys\/[^/]+\/(nodekey|tm\.key)$/);
    const secrets = secretsOf(result);
    const publicText = result.files.filter((f) => !f.sensitive).map((f) => `${f.path}\n${text(f)}`).join("\n").toLowerCase();
    for (const secret of secrets) expect(publicText.includes(secret.toLowerCase()), "a private key leaked into a public file").toBe(false);
    const outside = JSON.stringify([result.manifest, result.nodes, result.warnings]).toLowerCase();
    for (const secret of secrets) expect(outside.includes(secret.toLowerCase())).toBe(false);
  });

  it("lists every other file in manifest.json with its SHA-256 and size", () => {
    const listed = new Map(result.manifest.files.map((e) => [e.path, e]));
    const files = result.files.filter((f) => f.path !== "manifest.json" && f.path !== "SHA256SUMS");
    expect([...listed.keys()]).toEqual(files.map((f) => f.path));
    for (const f of files) {
      const entry = listed.get(f.path)!;
      expect(entry.sha256, f.path).toBe(sha256Hex(fileBytes(f)));
      expect(entry.bytes).toBe(fileBytes(f).length);
      expect(entry.sensitive).toBe(f.sensitive === true);
      expect(entry.kind).toBe(f.kind);
    }
    expect(JSON.parse(text(result.files.find((f) => f.path === "manifest.json")!))).toEqual(result.manifest);
  });

  it("writes SHA256SUMS as sha256sum -c reads it, covering manifest.json too", () => {
    const sums = text(result.files.find((f) => f.path === "SHA256SUMS")!);
    const lines = sums.trimEnd().split("\n");
    expect(sums.endsWith("\n")).toBe(true);
    const byPath = new Map(result.files.map((f) => [f.path, f]));
    for (const line of lines) {
      const match = /^([0-9a-f]{64}) {2}(\S+)$/.exec(line);
      expect(match, line).not.toBeNull();
      expect(sha256Hex(fileBytes(byPath.get(match![2]!)!)), match![2]).toBe(match![1]);
    }
    expect(lines.map((l) => l.slice(66))).toEqual(result.files.map((f) => f.path).filter((p) => p !== "SHA256SUMS"));
  });

  it("gives each node public facts only, matching its key files", () => {
    const names = new Set<string>();
    for (const node of result.nodes) {
      expect(Object.keys(node).sort()).toEqual(["address", "enode", "groupId", "name", "publicKey", "regionId", "role"]);
      expect(names.has(node.name)).toBe(false);
      names.add(node.name);
      const nodekey = text(result.files.find((f) => f.path === `keys/${node.name}/nodekey`)!);
      expect(inspectNodeKey(nodekey)).toEqual({ address: node.address, publicKey: node.publicKey });
      expect(node.enode).toMatch(new RegExp(`^enode://${node.publicKey}@${node.name}\\.[a-z0-9-]+\\.internal:30303`));
    }
  });

  it("sorts files by path and explains the bundle in README.md", () => {
    const paths = result.files.map((f) => f.path);
    expect(paths).toEqual([...paths].sort());
    const readme = text(result.files.find((f) => f.path === "README.md")!);
    expect(readme).toContain("sha256sum -c SHA256SUMS");
    for (const w of result.warnings) expect(readme).toContain(w);
    for (const dir of new Set(paths.filter((p) => p.startsWith("terraform/") && p.endsWith("/main.tf")).map((p) => p.split("/")[1]))) {
      expect(readme).toContain(`cd terraform/${dir}`);
    }
    for (const script of paths.filter((p) => /^helm\/[^/]+\/install\.sh$/.test(p))) expect(readme).toContain(`./${script}`);
    for (const script of paths.filter((p) => p.endsWith("create-secrets.sh"))) expect(readme).toContain(`./${script}`);
    expect(readme).toContain("docker compose up -d");
  });
});

describe("buildExport", () => {
  it("records the document digest, network and targets in the manifest", () => {
    const result = bundleOf("starter");
    expect(result.manifest).toMatchObject({
      format: "meridian-export/1",
      network: { name: "Starter", client: "besu", consensus: "qbft", chainId: 1337 },
      documentDigest: digestOf(starterTopology()),
      targets: [...EXPORT_TARGETS],
    });
  });

  it("is deterministic for a seeded source of randomness", () => {
    const a = buildExport(goQuorumRaftTopology(), { targets: ["compose", "genesis"], random: seededRandom("same") });
    const b = buildExport(goQuorumRaftTopology(), { targets: ["genesis", "compose"], random: seededRandom("same") });
    expect(b.files).toEqual(a.files);
  });

  it("writes only the chosen targets' folders, and keys only for targets that run nodes", () => {
    const folders = (r: ExportResult) => [...new Set(r.files.map((f) => f.path.split("/")[0]))];
    const genesis = buildExport(starterTopology(), { targets: ["genesis"] });
    expect(folders(genesis)).toEqual(["README.md", "SHA256SUMS", "genesis", "keys", "manifest.json"]);
    const qdq = buildExport(starterTopology(), { targets: ["qdq"] });
    expect(folders(qdq)).toEqual(["README.md", "SHA256SUMS", "manifest.json", "qdq"]);
    expect(qdq.nodes).toEqual([]);
    const helm = buildExport(starterTopology(), { targets: ["helm"] });
    expect(folders(helm)).toEqual(["README.md", "SHA256SUMS", "helm", "k8s", "keys", "manifest.json"]);
  });

  it("reports progress step by step up to done = total", () => {
    const steps: ExportProgress[] = [];
    buildExport(starterTopology(), { targets: ["terraform", "genesis"], onProgress: (p) => steps.push(p) });
    expect(steps.map((s) => s.label)).toEqual(["node keys", "terraform files", "genesis files", "README, manifest and checksums", "done"]);
    expect(steps.map((s) => s.done)).toEqual([0, 1, 2, 3, 4]);
    for (const s of steps) expect(s.total).toBe(4);
  });

  it("refuses unknown and empty target lists", () => {
    expect(() => normaliseTargets(["terraform", "ansible"])).toThrow(/unknown export target 'ansible'/);
    expect(() => buildExport(starterTopology(), { targets: [] })).toThrow(ExportError);
  });
});

describe("supplied node keys", () => {
  const G = `0x${"0".repeat(63)}1`;
  const two = `${"0".repeat(63)}2`;

  it("uses them for the named nodes and generates the rest", () => {
    const result = buildExport(starterTopology(), { targets: ["genesis"], keys: { mode: "supplied", nodeKeys: { "validator-eastus-1": G, "rpc-eastus-1": two } } });
    const byName = new Map(result.nodes.map((n) => [n.name, n]));
    expect(byName.get("validator-eastus-1")!.address).toBe("0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf");
    expect(byName.get("rpc-eastus-1")!.publicKey).toBe(inspectNodeKey(two).publicKey);
    expect(text(result.files.find((f) => f.path === "keys/validator-eastus-1/nodekey")!)).toBe(G.slice(2));
    expect(result.nodes).toHaveLength(9);
  });

  it.each([
    ["an unknown node", { "validator-westus-1": G }, /keys supplied for nodes this network does not have: validator-westus-1 \(node names look like validator-eastus-1\)/],
    ["a malformed key", { "validator-eastus-2": "0xabc" }, /the key supplied for validator-eastus-2 must be 64 hexadecimal digits/],
    ["a key out of range", { "validator-eastus-2": `0x${"f".repeat(64)}` }, /the key supplied for validator-eastus-2 is not a valid secp256k1 private key/],
    ["a key that is not a string", { "validator-eastus-2": 7 as unknown as string }, /the key supplied for validator-eastus-2 must be a string/],
    ["one key for two nodes", { "validator-eastus-1": G, "validator-eastus-2": G.slice(2) }, /validator-eastus-2 and validator-eastus-1 have the same node key/],
  ])("refuses %s with a clear ExportError", (_label, nodeKeys, message) => {
    const run = () => buildExport(starterTopology(), { targets: ["genesis"], keys: { mode: "supplied", nodeKeys } });
    expect(run).toThrow(ExportError);
    expect(run).toThrow(message);
  });
});

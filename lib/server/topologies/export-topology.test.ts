import { unzipSync, strFromU8 } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExportRequestBody } from "@/lib/domain/api";
import { inspectNodeKey } from "@/lib/domain/export/keys";
import { starterDocument } from "@/lib/domain/starter";
import { TEMPLATES } from "@/lib/domain/templates";
import type { ActorContext } from "../context";
import { BadRequestError, NotFoundError } from "../errors";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../testing/databases";
import { nextRequest, signUp } from "../testing/actors";
import { createTopology } from "./create-topology";
import { exportTopology } from "./export-topology";
import { saveVersion } from "./save-version";

const body = (input: unknown) => ExportRequestBody.parse(input);

describe.each(DATABASE_KINDS)("exports on %s", (kind) => {
  let db: TestDatabase;
  let alice: ActorContext;
  let bob: ActorContext;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    alice = await signUp(db.prisma, "alice@example.com", "Alice");
    bob = await signUp(db.prisma, "bob@other.example", "Bob");
  });
  afterAll(async () => db?.destroy());

  it("zips the chosen targets of a version and audits the export with addresses only", async () => {
    const { topology } = await createTopology(alice, { name: "Export me" });
    const bundle = await exportTopology(nextRequest(alice), topology.id, body({ targets: ["genesis", "compose"] }));
    expect(bundle.fileName).toBe("export-me-v1.zip");
    const files = unzipSync(bundle.zip);
    const paths = Object.keys(files);
    expect(paths).toContain("README.md");
    expect(paths).toContain("manifest.json");
    expect(paths).toContain("SHA256SUMS");
    expect(paths.some((p) => p.startsWith("compose/"))).toBe(true);
    expect(paths.some((p) => p.startsWith("terraform/"))).toBe(false);
    const manifest = JSON.parse(strFromU8(files["manifest.json"]!));
    expect(manifest.targets).toEqual(["compose", "genesis"]);
    // Nothing in these targets says where nodes run: the check says so rather than passing.
    expect(bundle.verification).toMatchObject({ checked: false, ok: false, pairs: 0 });

    const events = await db.prisma.auditEvent.findMany({ where: { targetId: topology.id, action: "topology.export" } });
    expect(events).toHaveLength(1);
    const data = events[0]!.data as { version: number; nodes: { address: string }[]; manifestSha256: string };
    expect(data.version).toBe(1);
    expect(data.manifestSha256).toBe(bundle.manifestSha256);
    expect((events[0]!.data as { connectivity: unknown }).connectivity).toEqual({ ok: false, pairs: 0, broken: 0 });
    expect(data.nodes.map((n) => n.address).sort()).toEqual(manifest.nodes.map((n: { address: string }) => n.address).sort());
    // No private key of the bundle appears in what the database keeps.
    const keyFiles = paths.filter((p) => /(^|\/)(nodekey|key)$/.test(p));
    expect(keyFiles.length).toBeGreaterThan(0);
    const stored = JSON.stringify(events.map((e) => e.data));
    for (const p of keyFiles) expect(stored).not.toContain(strFromU8(files[p]!).trim().replace(/^0x/, ""));
  });

  it("checks a full export's connectivity from its own files, and audits the verdict", async () => {
    const template = TEMPLATES.find((t) => t.slug === "global-multicloud-5-region")!;
    const { topology } = await createTopology(alice, { name: "Connected", document: template.document });
    const bundle = await exportTopology(nextRequest(alice), topology.id, body({ targets: ["all"] }));
    expect(bundle.verification).toMatchObject({ checked: true, ok: true, pairs: 72, brokenCount: 0, broken: [], overlaps: [] });
    expect(bundle.verification.validatorGroups).toHaveLength(1);
    const [event] = await db.prisma.auditEvent.findMany({ where: { targetId: topology.id, action: "topology.export" } });
    expect((event!.data as { connectivity: unknown }).connectivity).toEqual({ ok: true, pairs: 72, broken: 0 });
  });

  it("uses supplied node keys and exports an older version when asked", async () => {
    const { topology } = await createTopology(alice, { name: "Versions" });
    const doc = starterDocument("Versions");
    await saveVersion(nextRequest(alice), topology.id, { baseVersion: 1, document: { ...doc, network: { ...doc.network, chainId: 4242 } }, message: "v2" });
    const key = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";
    const first = (await exportTopology(nextRequest(alice), topology.id, body({ targets: ["genesis"] }))).version;
    expect(first).toBe(2);
    const old = await exportTopology(nextRequest(alice), topology.id, body({ version: 1, targets: ["genesis"], keys: { mode: "supplied", nodeKeys: { "validator-eastus-1": key } } }));
    expect(old.version).toBe(1);
    const manifest = JSON.parse(strFromU8(unzipSync(old.zip)["manifest.json"]!));
    const node = manifest.nodes.find((n: { name: string }) => n.name === "validator-eastus-1");
    expect(node.address).toBe(inspectNodeKey(key).address);
  });

  it("refuses a bad supplied key with 400, and writes no audit event", async () => {
    const { topology } = await createTopology(alice, { name: "Bad key" });
    const before = await db.prisma.auditEvent.count({ where: { targetId: topology.id } });
    const zeroKey = "0".repeat(64);
    await expect(
      exportTopology(nextRequest(alice), topology.id, body({ targets: ["genesis"], keys: { mode: "supplied", nodeKeys: { "validator-eastus-1": zeroKey } } })),
    ).rejects.toBeInstanceOf(BadRequestError);
    expect(await db.prisma.auditEvent.count({ where: { targetId: topology.id } })).toBe(before);
  });

  it("is 404 for another organisation's topology and for a version that does not exist", async () => {
    const { topology } = await createTopology(alice, { name: "Private" });
    await expect(exportTopology(nextRequest(bob), topology.id, body({ targets: ["all"] }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(exportTopology(nextRequest(alice), topology.id, body({ version: 9, targets: ["qdq"] }))).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the export request", () => {
  it("expands 'all', refuses unknown targets and malformed keys with a message per path", () => {
    expect(body({ targets: ["all"] }).targets).toEqual(["terraform", "helm", "compose", "genesis", "qdq", "monitoring"]);
    const bad = ExportRequestBody.safeParse({ targets: ["ansible"], keys: { mode: "supplied", nodeKeys: { a: "xyz" } } });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["targets.0", "keys.nodeKeys.a"]));
  });
});

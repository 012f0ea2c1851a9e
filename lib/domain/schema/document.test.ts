import { describe, expect, it } from "vitest";
import { starterDocument } from "../starter";
import { formatIssues, parseDocument, topologyJsonSchema, TopologyDocumentSchema, upgradeDocument, DocumentVersionError, readStoredDocument, StoredDocumentError } from ".";

describe("topology document schema", () => {
  it("accepts the starter document and fills defaults", () => {
    const doc = starterDocument("Test");
    expect(doc.network.blockPeriodSeconds).toBe(5);
    expect(doc.links).toEqual([]);
    const rpc = doc.nodeGroups.find((g) => g.role === "rpc");
    expect(rpc && rpc.role === "rpc" && rpc.exposure).toBe("private");
  });

  it("reports one message per offending path", () => {
    const raw = { ...starterDocument("x"), network: { client: "geth", consensus: "qbft", chainId: 0 } };
    const result = TopologyDocumentSchema.safeParse(raw);
    expect(result.success).toBe(false);
    const paths = formatIssues(result.error!).map((i) => i.path);
    expect(paths).toContain("network.client");
    expect(paths).toContain("network.chainId");
  });

  it("refuses duplicate ids and dangling references", () => {
    const doc = starterDocument("x");
    const raw = {
      ...doc,
      nodeGroups: [...doc.nodeGroups, { ...doc.nodeGroups[0]!, id: "validators", regionId: "nowhere" }],
      links: [{ id: "l1", from: "eastus", to: "eastus" }],
      network: { ...doc.network, hubRegionId: "missing" },
    };
    const result = TopologyDocumentSchema.safeParse(raw);
    const issues = formatIssues(result.error!);
    expect(issues).toContainEqual({ path: "nodeGroups[4].id", message: "id 'validators' is already used by nodeGroups.0" });
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(["nodeGroups[4].regionId", "links[0].to"]),
    );
    // A hub naming no region is a finding, not a refusal (network.hub-spoke.hub-missing).
    expect(issues.map((i) => i.path)).not.toContain("network.hubRegionId");
  });

  it("rejects unknown fields and malformed CIDRs", () => {
    const doc = starterDocument("x");
    const raw = { ...doc, regions: [{ ...doc.regions[0]!, cidr: "10.1.0.0/33", colour: "red" }] };
    const paths = formatIssues(TopologyDocumentSchema.safeParse(raw).error!).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["regions[0].cidr", "regions[0]"]));
  });

  it("generates a JSON Schema that describes the document", () => {
    const schema = topologyJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["schemaVersion", "network", "regions", "nodeGroups", "links", "layout"]),
    );
    expect(schema.required).toEqual(expect.arrayContaining(["schemaVersion", "name", "network", "regions", "nodeGroups"]));
  });
});

describe("document migrations", () => {
  const v1 = () => JSON.parse(JSON.stringify(starterDocument("m"))) as Record<string, unknown>;

  it("runs each step from the stored version up to the target", () => {
    // A hypothetical v2 that renames `name` to `title`, and v3 that adds a field: the chain must apply both.
    const migrations = {
      1: (d: Record<string, unknown>) => {
        const { name, ...rest } = d;
        return { ...rest, title: name };
      },
      2: (d: Record<string, unknown>) => ({ ...d, added: true }),
    };
    const out = upgradeDocument(v1(), migrations, 3) as Record<string, unknown>;
    expect(out.schemaVersion).toBe(3);
    expect(out.title).toBe("m");
    expect(out.added).toBe(true);
  });

  it("refuses documents newer than this code and versions with no path", () => {
    expect(() => upgradeDocument({ ...v1(), schemaVersion: 99 })).toThrow(DocumentVersionError);
    expect(() => upgradeDocument(v1(), {}, 2)).toThrow(/no migration from schemaVersion 1/);
  });

  it("parses current documents unchanged", () => {
    const result = parseDocument(v1());
    expect(result.success).toBe(true);
  });
});

describe("reading stored documents", () => {
  const stored = () => JSON.parse(JSON.stringify(starterDocument("s"))) as Record<string, unknown>;

  it("returns the checked document, defaults applied", () => {
    const { links: _links, ...withoutLinks } = stored();
    expect(readStoredDocument(withoutLinks, "topology t1 version 2").links).toEqual([]);
  });

  it("fails loudly, naming where the document was stored and what is wrong with it", () => {
    const broken = { ...stored(), nodeGroups: [{ id: "g", regionId: "nowhere" }] };
    expect(() => readStoredDocument(broken, "topology t1 version 2")).toThrow(StoredDocumentError);
    expect(() => readStoredDocument(broken, "topology t1 version 2")).toThrow(/topology t1 version 2 .*nodeGroups\.0/);
    expect(() => readStoredDocument({ ...stored(), schemaVersion: 99 }, "template p9")).toThrow(/template p9.*schemaVersion 99/);
  });
});

import { describe, expect, it } from "vitest";
import { CURRENT_SCHEMA_VERSION, TopologyDocumentSchema, type TopologyDocument } from "../schema";
import { importQdq, mergeInto, readDesignFile, type ImportedDesign } from ".";

/** An open design with everything a QDQ file cannot say: packs, a backup region, budget, tags, layout. */
function openDesign(): TopologyDocument {
  return TopologyDocumentSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name: "Settlement network",
    description: "Our design.",
    network: { client: "besu", consensus: "ibft2", chainId: 2024, blockPeriodSeconds: 2, topology: "hub-spoke", hubRegionId: "hub" },
    regions: [
      { id: "hub", provider: "azure", region: "eastus", primary: true, cidr: "10.1.0.0/16" },
      { id: "dr", provider: "azure", region: "westus2", cidr: "10.2.0.0/16" },
    ],
    nodeGroups: [
      { id: "validators", regionId: "hub", role: "validator", count: 4, deploymentType: "aks", vmSize: "Standard_D4s_v5" },
      { id: "archive", regionId: "dr", role: "archive", count: 1, deploymentType: "vm", vmSize: "Standard_E8s_v5" },
    ],
    links: [{ id: "hub-dr", from: "hub", to: "dr", kind: "peering" }],
    compliance: { packs: ["soc2", "gdpr"] },
    operations: { monitoring: true, auditLogging: true, encryptionAtRest: true, backupRegionId: "dr" },
    budgetMonthlyUsd: 9000,
    tags: { owner: "payments", env: "prod" },
    layout: { positions: { hub: { x: 10, y: 20 }, dr: { x: 400, y: 20 } } },
  });
}

const fromQdq = (input: unknown): ImportedDesign => {
  const { document, stated } = importQdq(input);
  return { document, stated };
};

const valid = (doc: TopologyDocument) => expect(TopologyDocumentSchema.safeParse(doc).success).toBe(true);

describe("replacing the open design with a QDQ file", () => {
  it("takes the file's regions and groups, and keeps packs, operations, budget, tags, name and what the file does not state", () => {
    const current = openDesign();
    const { document, notes } = mergeInto(current, fromQdq("eastus:validators=3+rpc=1,westus2:validators=2"), "replace");
    valid(document);
    expect(document.nodeGroups.map((g) => `${g.regionId}/${g.role}=${g.count}`)).toEqual(["eastus/validator=3", "eastus/rpc=1", "westus2/validator=2"]);
    expect(document.links).toEqual([]);
    expect(document.network).toEqual({ ...current.network, hubRegionId: "eastus" });
    expect(document.compliance).toEqual({ packs: ["soc2", "gdpr"] });
    expect(document.operations.backupRegionId).toBe("westus2");
    expect([document.budgetMonthlyUsd, document.tags, document.name, document.description]).toEqual([9000, { owner: "payments", env: "prod" }, "Settlement network", "Our design."]);
    expect(notes).toEqual([]);
  });

  it("takes the settings the file states, adds its tags, and says when a region setting has nowhere to go", () => {
    const file = fromQdq({ regions: { "aws:us-east-1": { nodeDistribution: { validators: { count: 4 } } } }, globalSettings: { consensus: "raft", chainId: 77 }, tags: { env: "dev", team: "x" } });
    const { document, notes } = mergeInto(openDesign(), file, "replace");
    valid(document);
    expect(document.network).toMatchObject({ client: "goquorum", consensus: "raft", chainId: 77, blockPeriodSeconds: 2, topology: "hub-spoke" });
    expect(document.network.hubRegionId).toBeUndefined();
    expect(document.operations).toEqual({ monitoring: true, auditLogging: true, encryptionAtRest: true });
    expect(document.tags).toEqual({ owner: "payments", env: "dev", team: "x" });
    expect(document.layout.positions).toEqual({});
    expect(notes).toEqual([
      "The hub region 'hub' (azure eastus) is not in the imported design; choose a hub again.",
      "The backup region 'dr' (azure westus2) is not in the imported design; choose a backup region again.",
    ]);
  });
});

describe("merging a QDQ file into the open design", () => {
  const current = openDesign();
  const file = fromQdq({
    regions: {
      eastus: { network: { vnetCidr: "10.1.0.0/16" }, isPrimary: true, nodeDistribution: { validators: { count: 2 }, rpcNodes: { api: { count: 1 } } } },
      "gcp:europe-west1": { network: { vnetCidr: "10.9.0.0/16", peeringTarget: "eastus" }, nodeDistribution: { bootNodes: { count: 1 } } },
    },
    globalSettings: { consensus: "qbft", networkTopology: "mesh" },
    tags: { env: "dev", region: "emea" },
  });
  const { document, notes } = mergeInto(current, file, "merge");

  it("keeps every element of the design as it was and adds the file's", () => {
    valid(document);
    expect(document.regions.slice(0, 2)).toEqual(current.regions);
    expect(document.nodeGroups.slice(0, 2)).toEqual(current.nodeGroups);
    expect(document.links.slice(0, 1)).toEqual(current.links);
    expect(document.regions.map((r) => [r.id, r.region, r.primary, r.cidr])).toEqual([
      ["hub", "eastus", true, "10.1.0.0/16"], ["dr", "westus2", false, "10.2.0.0/16"],
      ["eastus", "eastus", false, "10.3.0.0/16"], ["gcp-europe-west1", "europe-west1", false, "10.9.0.0/16"],
    ]);
  });

  it("renames ids that clash, and points groups and links at the renamed regions", () => {
    expect(document.nodeGroups.slice(2).map((g) => [g.id, g.regionId])).toEqual([
      ["eastus-validators", "eastus"], ["eastus-rpc-api", "eastus"], ["gcp-europe-west1-bootnodes", "gcp-europe-west1"],
    ]);
    expect(document.links.slice(1).map((l) => [l.from, l.to, l.kind])).toEqual([["gcp-europe-west1", "eastus", "vpn"]]);
    const clash = mergeInto(current, fromQdq({ regions: { hub: { provider: "azure", region: "northeurope", nodeDistribution: { validators: { count: 1 } } } } }), "merge");
    expect(clash.document.regions.map((r) => r.id)).toEqual(["hub", "dr", "hub-2"]);
    expect(clash.document.nodeGroups[2]!.regionId).toBe("hub-2");
    expect(clash.notes[0]).toMatch(/^Renamed ids already in the design: hub → hub-2/);
  });

  it("keeps the design's settings, packs, operations, budget and tag values, and says where the file differed", () => {
    expect(document.network).toEqual(current.network);
    expect([document.compliance, document.operations, document.budgetMonthlyUsd]).toEqual([current.compliance, current.operations, 9000]);
    expect(document.tags).toEqual({ env: "prod", region: "emea", owner: "payments" });
    expect(document.layout).toEqual(current.layout);
    expect(notes).toEqual([
      "Moved address spaces that overlapped the design's: eastus 10.1.0.0/16 → 10.3.0.0/16.",
      "The design keeps its primary region; the file's is added as a secondary.",
      "The file sets consensus to qbft; the design keeps ibft2.",
      "The file sets topology to mesh; the design keeps hub-spoke.",
      "The design keeps its own value of the tag env.",
    ]);
  });
});

describe("a Meridian document dropped on the designer", () => {
  it("states only the settings it carries", () => {
    const text = JSON.stringify({
      schemaVersion: CURRENT_SCHEMA_VERSION, name: "Other", network: { client: "besu", consensus: "qbft", chainId: 5 },
      regions: [{ id: "r", provider: "aws", region: "eu-west-1", cidr: "10.5.0.0/16" }], nodeGroups: [],
      compliance: { packs: ["hipaa"] },
    });
    const read = readDesignFile(text);
    if (!read.ok) throw new Error(read.message);
    expect(read.design.stated).toEqual({ network: ["client", "consensus", "chainId"], tags: false, compliance: true, operations: false, budget: false });
    const { document } = mergeInto(openDesign(), read.design, "replace");
    expect(document.network).toMatchObject({ consensus: "qbft", chainId: 5, blockPeriodSeconds: 2, topology: "hub-spoke" });
    expect([document.compliance.packs, document.budgetMonthlyUsd, document.tags.owner]).toEqual([["hipaa"], 9000, "payments"]);
  });

  it("says what is wrong with a broken one, and reads any QDQ form, the exported DSL lines included", () => {
    expect(readDesignFile('{"schemaVersion": 1, "name": ""}')).toMatchObject({ ok: false, message: expect.stringMatching(/^a Meridian document with problems: /) });
    expect(readDesignFile("distribution=eastus:validators=4\ndeploymentMap=validators=vm\n")).toMatchObject({ ok: true, format: "qdq" });
    expect(readDesignFile("eastus:validators=-1")).toMatchObject({ ok: false, message: expect.stringMatching(/must be a whole number/) });
  });
});

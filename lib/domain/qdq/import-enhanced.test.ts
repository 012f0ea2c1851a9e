import { describe, expect, it } from "vitest";
import { TopologyDocumentSchema, type NodeGroup, type TopologyDocument } from "../schema";
import { SAMPLE_YAML, sampleEnhancedFile } from "./testing/fixtures";
import { importEnhancedTopologyFile, importQdq } from ".";

const group = (doc: TopologyDocument, id: string): NodeGroup => {
  const found = doc.nodeGroups.find((g) => g.id === id);
  if (!found) throw new Error(`no group ${id} in ${doc.nodeGroups.map((g) => g.id).join(", ")}`);
  return found;
};

describe("importing QDQ's EnhancedTopologyFile", () => {
  const { document: doc, warnings } = importEnhancedTopologyFile(sampleEnhancedFile());

  it("produces a document the schema accepts", () => {
    expect(TopologyDocumentSchema.safeParse(doc).success).toBe(true);
  });

  it("reads provider prefixes on region keys; a bare name is Azure", () => {
    expect(doc.regions.map((r) => [r.id, r.provider, r.region])).toEqual([
      ["eastus", "azure", "eastus"],
      ["westus2", "azure", "westus2"],
      ["aws-us-east-1", "aws", "us-east-1"],
      ["gcp-europe-west1", "gcp", "europe-west1"],
    ]);
    expect(doc.regions[0]!.primary).toBe(true);
    expect(doc.regions[3]!.subnetPrefix).toBe(26);
  });

  it("keeps one node group per RPC and member subtype, named by its key, with its own count", () => {
    const api = group(doc, "eastus-rpc-api");
    expect(api).toMatchObject({ role: "rpc", name: "api", count: 2, deploymentType: "aca", rpcType: "standard" });
    const tracing = group(doc, "eastus-rpc-tracing");
    expect(tracing).toMatchObject({ role: "rpc", name: "tracing", count: 1, rpcType: "trace" });
    // QDQ's flags override the type's defaults: trace gives debug+trace, the file adds txpool.
    expect(tracing.role === "rpc" && tracing.capabilities).toEqual(["eth", "web3", "net", "debug", "trace", "txpool"]);
    expect(group(doc, "westus2-members-banks")).toMatchObject({ role: "member", memberType: "private", count: 2 });
    expect(group(doc, "westus2-members-observers")).toMatchObject({ role: "member", memberType: "public", count: 1 });
  });

  it("fills deployment types from deploymentDefault, mapped onto each region's provider", () => {
    expect(group(doc, "westus2-validators").deploymentType).toBe("aks");
    expect(group(doc, "westus2-members-observers").deploymentType).toBe("aks");
    // deploymentDefault aks on GCP is GKE.
    expect(group(doc, "gcp-europe-west1-bootnodes").deploymentType).toBe("gke");
  });

  it("fills vm sizes per provider and role, keeps stated sizes, storage and scale", () => {
    expect(group(doc, "westus2-validators").vmSize).toBe("Standard_D4s_v5");
    expect(group(doc, "westus2-archive")).toMatchObject({ vmSize: "Standard_E8s_v5", storage: { type: "premium", sizeGB: 1024 } });
    expect(group(doc, "aws-us-east-1-validators")).toMatchObject({ vmSize: "m6i.2xlarge", scale: { min: 1, max: 3, targetCpu: 60 } });
    expect(group(doc, "gcp-europe-west1-bootnodes").vmSize).toBe("n2-standard-2");
  });

  it("turns peeringTarget into links: peering within a cloud, vpn across clouds", () => {
    expect(doc.links.map((l) => [l.from, l.to, l.kind])).toEqual([
      ["westus2", "eastus", "peering"],
      ["aws-us-east-1", "eastus", "vpn"],
      ["gcp-europe-west1", "aws-us-east-1", "vpn"],
    ]);
  });

  it("allocates 10.N.0.0/16 to regions without a CIDR, avoiding the ones in use, and says so", () => {
    expect(doc.regions.map((r) => r.cidr)).toEqual(["10.1.0.0/16", "10.2.0.0/16", "10.3.0.0/16", "10.40.0.0/16"]);
    expect(warnings).toContain("assigned address spaces to regions without a vnetCidr: aws:us-east-1 10.3.0.0/16");
  });

  it("reads global settings and tags", () => {
    expect(doc.network).toMatchObject({
      client: "besu", consensus: "qbft", chainId: 1337, topology: "hub-spoke", hubRegionId: "eastus", crossRegionLatency: "optimized",
    });
    expect(doc.tags).toEqual({ env: "dev", owner: "platform" });
  });

  it("reads the YAML twin into the same document", () => {
    const fromYaml = importQdq(SAMPLE_YAML);
    expect(fromYaml.document).toEqual(doc);
    expect(fromYaml.warnings).toEqual(warnings);
  });

  it("reads the same file given as JSON text", () => {
    expect(importQdq(JSON.stringify(sampleEnhancedFile())).document).toEqual(doc);
  });
});

describe("EnhancedTopologyFile details", () => {
  const minimal = (nodeDistribution: unknown, extra: Record<string, unknown> = {}) => ({
    regions: { eastus: { nodeDistribution } },
    ...extra,
  });

  it("picks GoQuorum for raft and istanbul, Besu otherwise, and reads ibft per client", () => {
    const with_ = (globalSettings: unknown) => importQdq(minimal({ validators: { count: 4 } }, { globalSettings })).document.network;
    expect(with_({ consensus: "raft" })).toMatchObject({ client: "goquorum", consensus: "raft" });
    expect(with_({ consensus: "istanbul" })).toMatchObject({ client: "goquorum", consensus: "istanbul" });
    expect(with_({ consensus: "ibft" })).toMatchObject({ client: "goquorum", consensus: "istanbul" });
    expect(with_({ consensus: "ibft", client: "besu" })).toMatchObject({ client: "besu", consensus: "ibft2" });
    expect(with_({ consensus: "clique" })).toMatchObject({ client: "besu", consensus: "clique" });
    expect(with_({})).toMatchObject({ client: "besu", consensus: "qbft", chainId: 1337 });
    expect(with_({ blockPeriod: 2, requestTimeout: 4 })).toMatchObject({ blockPeriodSeconds: 2, requestTimeoutSeconds: 4 });
  });

  it("keeps reading GoQuorum, Clique and Tessera inputs as existing networks and says what each maps to today", () => {
    const imported = (globalSettings: unknown, nodeDistribution: unknown = { validators: { count: 4 } }) => importQdq(minimal(nodeDistribution, { globalSettings }));
    const raft = imported({ consensus: "raft" });
    expect(raft.document.network).toMatchObject({ client: "goquorum", consensus: "raft", existing: true });
    expect(raft.warnings).toContain("support: GoQuorum is no longer maintained (archived on 5 June 2026; last release 24.4.1); today GoQuorum Raft maps to a new Besu QBFT network (Besu runs no Raft)");
    expect(imported({ consensus: "qbft", client: "goquorum" }).warnings.join("\n")).toMatch(/Besu QBFT on the same chain, replacing nodes one at a time/);
    expect(imported({ consensus: "clique", client: "besu" }).warnings.join("\n")).toMatch(/Clique on Besu was removed in Besu 26\.4\.0 \(April 2026\); today Clique maps to QBFT on a new network/);
    const tessera = imported({ consensus: "qbft", client: "besu" }, { validators: { count: 4 }, members: { bank: { count: 2, type: "private" } } });
    expect(tessera.document.network.existing).toBe(true);
    expect(tessera.warnings.join("\n")).toMatch(/Paladin/);
    // A current stack is not marked; a file that says it is a new design stays new (and its findings are errors).
    expect(imported({ consensus: "qbft", client: "besu" }).document.network.existing).toBeUndefined();
    expect(imported({ consensus: "raft", existingNetwork: false }).document.network.existing ?? false).toBe(false);
  });

  it("warns when a stated client can't run the consensus", () => {
    const { warnings } = importQdq(minimal({ validators: { count: 4 } }, { globalSettings: { consensus: "raft", client: "besu" } }));
    expect(warnings.join("\n")).toMatch(/besu does not run raft/);
  });

  it("maps Azure deployment types onto AWS and GCP, warning for explicit ones", () => {
    const { document, warnings } = importQdq({
      regions: {
        "aws:eu-west-1": { nodeDistribution: { validators: { count: 4, deploymentType: "vmss" }, rpcNodes: { api: { count: 1, deploymentType: "aca" } } } },
        "gcp:asia-east1": { nodeDistribution: { validators: { count: 1, deploymentType: "vm" }, bootNodes: { count: 1, deploymentType: "vmss" } } },
      },
    });
    expect(document.nodeGroups.map((g) => g.deploymentType)).toEqual(["ec2", "fargate", "gce", "mig"]);
    expect(warnings.filter((w) => w.includes("equivalent"))).toHaveLength(4);
  });

  it("uses the provider's first deployment type when nothing says which", () => {
    const { document } = importQdq({ regions: { "aws:us-west-2": { nodeDistribution: { validators: { count: 4 } } } } });
    expect(document.nodeGroups[0]).toMatchObject({ deploymentType: "eks", vmSize: "m6i.xlarge" });
  });

  it("accepts QDQ's short role names and a single RPC config without subtypes", () => {
    const { document, warnings } = importQdq(minimal({ validators: { count: 3 }, rpc: { count: 2, deploymentType: "aca" }, archive: { count: 1 } }));
    expect(document.nodeGroups.map((g) => [g.role, g.count, g.name])).toEqual([
      ["validator", 3, undefined], ["rpc", 2, "rpc"], ["archive", 1, undefined],
    ]);
    expect(warnings.join("\n")).toMatch(/imported as one subtype named 'rpc'/);
  });

  it("infers RPC and member types from subtype keys, and reads capability lists", () => {
    const { document } = importQdq(minimal({
      rpcNodes: { graphql: { count: 1 }, custom: { count: 1, capabilities: ["eth", "debug"] } },
      memberNodes: { private: { count: 2 } },
    }));
    expect(document.nodeGroups.map((g) => (g.role === "rpc" ? [g.rpcType, g.capabilities] : g.role === "member" ? g.memberType : null))).toEqual([
      ["graphql", ["eth", "web3", "net", "graphql"]],
      ["standard", ["eth", "debug"]],
      "private",
    ]);
  });

  it("reads QDQ's subnetPrefix written as leading octets, and as '/24'", () => {
    const { document } = importQdq({
      regions: {
        eastus: { network: { subnetPrefix: "10.7" }, nodeDistribution: { validators: { count: 4 } } },
        westus: { network: { subnetPrefix: "/27" }, nodeDistribution: {} },
      },
    });
    expect(document.regions.map((r) => [r.cidr, r.subnetPrefix])).toEqual([["10.7.0.0/16", 24], ["10.1.0.0/16", 27]]);
  });

  it("skips zero counts with a warning and keeps regions without nodes", () => {
    const { document, warnings } = importQdq({ regions: { eastus: { nodeDistribution: { validators: { count: 4 }, archiveNodes: { count: 0 } } }, westus: {} } });
    expect(document.nodeGroups).toHaveLength(1);
    expect(document.regions).toHaveLength(2);
    expect(warnings.join("\n")).toMatch(/archiveNodes: count is 0/);
  });

  it("warns about keys it does not use, and about a classification the regions contradict", () => {
    const { warnings } = importQdq({
      regions: { eastus: { nodeDistribution: { validators: { count: 4, capabilities: ["eth"] } }, colour: "red" } },
      excludeRegions: ["westus"],
      globalSettings: { classification: "gov" },
    });
    const text = warnings.join("\n");
    expect(text).toMatch(/excludeRegions: names none of this file's regions, so it changes nothing/);
    expect(text).toMatch(/regions\.eastus\.colour is not used/);
    expect(text).toMatch(/validators\.capabilities applies only to RPC nodes/);
    expect(text).toMatch(/eastus is a commercial region/);
  });

  it("uses the primary region as hub when hub-spoke names none", () => {
    const { document, warnings } = importQdq({
      regions: { eastus: {}, westus2: { isPrimary: true, nodeDistribution: { validators: { count: 4 } } } },
      globalSettings: { networkTopology: "hub-spoke" },
    });
    expect(document.network.hubRegionId).toBe("westus2");
    expect(warnings.join("\n")).toMatch(/used westus2 as the hub/);
  });

  it("takes the name from options, then the file", () => {
    expect(importQdq({ name: "Consortium", regions: { eastus: {} } }).document.name).toBe("Consortium");
    expect(importQdq({ name: "Consortium", regions: { eastus: {} } }, { name: "Mine" }).document.name).toBe("Mine");
  });
});

import { describe, expect, it } from "vitest";
import { SAMPLE_YAML, sampleEnhancedFile } from "./testing/fixtures";
import { QdqImportError, importEnhancedTopologyFile, importQdq, importQdqDsl, importTopologyParameters } from ".";

/** The error importQdq throws for an input; fails the test if it throws anything else or nothing. */
function importError(input: unknown, options = {}): QdqImportError {
  try {
    importQdq(input, options);
  } catch (error) {
    expect(error).toBeInstanceOf(QdqImportError);
    return error as QdqImportError;
  }
  throw new Error(`expected ${JSON.stringify(input)} to be refused`);
}

const withRegion = (entry: unknown) => ({ regions: { eastus: entry } });
const withNodes = (nodeDistribution: unknown) => withRegion({ nodeDistribution });

describe("malformed QDQ input gives a QdqImportError that names the problem", () => {
  const cases: [string, unknown, RegExp][] = [
    ["empty string", "", /the input is empty/],
    ["whitespace", "  \n\t ", /the input is empty/],
    ["broken JSON", '{"regions": {', /not valid JSON/],
    ["broken YAML", "regions:\n  eastus: [unclosed\n  x: y", /not valid YAML/],
    ["null", null, /got null/],
    ["a number", 42, /got number 42/],
    ["an array", [{ regions: {} }], /got an array/],
    ["JSON array text", "[1, 2]", /got an array/],
    ["a YAML scalar", "just some words", /got the string "just some words"/],
    ["an unrelated object", { hello: "world" }, /not a QDQ topology/],
    ["a native Meridian document", { schemaVersion: 1, nodeGroups: [] }, /Meridian topology document/],
    ["regions is a string", { regions: "eastus", globalSettings: {} }, /regions: must be an object, got the string "eastus"/],
    ["regions is empty", { regions: {} }, /regions: has no regions/],
    ["a region is null", withRegion(null), /regions\.eastus: must be an object, got null/],
    ["a region is an array", withRegion([]), /regions\.eastus: must be an object, got an array/],
    ["nodeDistribution is a number", withNodes(3), /regions\.eastus\.nodeDistribution: must be an object/],
    ["unknown role key", withNodes({ validatorz: { count: 3 } }), /regions\.eastus\.nodeDistribution\.validatorz: unknown role 'validatorz'/],
    ["unknown role key set to null", withNodes({ validatorz: null }), /nodeDistribution\.validatorz: unknown role 'validatorz'/],
    ["count missing", withNodes({ validators: {} }), /validators\.count: is required/],
    ["count negative", withNodes({ validators: { count: -1 } }), /validators\.count: must be a whole number of 0 or more, got -1/],
    ["count fractional", withNodes({ validators: { count: 2.5 } }), /validators\.count: must be a whole number/],
    ["count a word", withNodes({ validators: { count: "three" } }), /validators\.count: must be a number, got the string "three"/],
    ["count huge", withNodes({ validators: { count: 5000 } }), /validators\.count: must be at most 1000/],
    ["count an object", withNodes({ validators: { count: {} } }), /validators\.count: must be a number, got a object/],
    ["RPC subtype null", withNodes({ rpcNodes: { api: null } }), /rpcNodes\.api: must be an object, got null/],
    ["RPC subtypes an array", withNodes({ rpcNodes: [{ count: 1 }] }), /rpcNodes: must be an object, got an array/],
    ["unknown RPC type", withNodes({ rpcNodes: { api: { count: 1, type: "turbo" } } }), /rpcNodes\.api\.type: must be one of standard/],
    ["unknown member type", withNodes({ memberNodes: { m: { count: 1, type: "secret" } } }), /memberNodes\.m\.type: must be one of permissioned/],
    ["unknown capability", withNodes({ rpcNodes: { api: { count: 1, capabilities: { teleport: true } } } }), /capabilities\.teleport: must be one of eth/],
    ["capability flag not boolean", withNodes({ rpcNodes: { api: { count: 1, capabilities: { trace: "yes" } } } }), /capabilities\.trace: must be true or false/],
    ["unknown deployment type", withNodes({ validators: { count: 4, deploymentType: "k8s" } }), /validators\.deploymentType: unknown deployment type the string "k8s"/],
    ["deploymentDefault wrong", { ...withNodes({}), deploymentDefault: 7 }, /deploymentDefault: unknown deployment type number 7/],
    ["storage type wrong", withNodes({ archiveNodes: { count: 1, storage: { type: "ssd" } } }), /archiveNodes\.storage\.type: must be one of standard, premium/],
    ["storage too small", withNodes({ archiveNodes: { count: 1, storage: { sizeGB: 1 } } }), /regions\.eastus\.nodeDistribution\.archiveNodes\.storage\.sizeGB/],
    ["scale min above max", withNodes({ validators: { count: 4, scale: { min: 5, max: 2 } } }), /validators\.scale\.min: min must not exceed max/],
    ["scale not an object", withNodes({ validators: { count: 4, scale: "auto" } }), /validators\.scale: must be an object/],
    ["vmSize empty", withNodes({ validators: { count: 4, vmSize: "" } }), /validators\.vmSize: must be a non-empty string/],
    ["unknown provider prefix", { regions: { "oci:us-phoenix-1": {} } }, /unknown provider prefix 'oci' in 'oci:us-phoenix-1'/],
    ["region name with spaces", { regions: { "east us": {} } }, /'east us' is not a region name/],
    ["empty region name after prefix", { regions: { "aws:": {} } }, /'' is not a region name/],
    ["bad vnetCidr", withRegion({ network: { vnetCidr: "10.1.0.0/33" } }), /regions\.eastus\.network\.vnetCidr: '10\.1\.0\.0\/33' is not an IPv4 CIDR/],
    ["bad subnetPrefix", withRegion({ network: { subnetPrefix: "big" } }), /network\.subnetPrefix: must be a prefix length/],
    ["subnetPrefix out of range", withRegion({ network: { subnetPrefix: 8 } }), /regions\.eastus\.subnetPrefix/],
    ["isPrimary not boolean", withRegion({ isPrimary: "yes" }), /regions\.eastus\.isPrimary: must be true or false/],
    ["unknown peering target", withRegion({ network: { peeringTarget: "mars" } }), /peeringTarget: 'mars' is not one of the regions/],
    ["self peering", withRegion({ network: { peeringTarget: "eastus" } }), /a region cannot peer with itself/],
    ["peeringTargets not a list", withRegion({ network: { peeringTargets: "westus" } }), /peeringTargets: must be a list of strings/],
    ["unknown consensus", { ...withNodes({}), globalSettings: { consensus: "pow" } }, /globalSettings\.consensus: unknown consensus the string "pow"/],
    ["chainId a word", { ...withNodes({}), globalSettings: { chainId: "main" } }, /globalSettings\.chainId: must be a number/],
    ["chainId zero", { ...withNodes({}), globalSettings: { chainId: 0 } }, /globalSettings\.chainId/],
    ["unknown topology", { ...withNodes({}), globalSettings: { networkTopology: "star" } }, /globalSettings\.networkTopology: must be one of flat, hub-spoke, mesh/],
    ["unknown hub", { ...withNodes({}), globalSettings: { hubRegion: "westus" } }, /globalSettings\.hubRegion: 'westus' is not one of the regions/],
    ["globalSettings an array", { regions: { eastus: {} }, globalSettings: [] }, /globalSettings: must be an object, got an array/],
    ["unknown client", { ...withNodes({}), globalSettings: { client: "geth" } }, /globalSettings\.client: must be one of besu, goquorum/],
    ["unknown classification", { ...withNodes({}), globalSettings: { classification: "secret" } }, /globalSettings\.classification/],
    ["tags not an object", { ...withNodes({}), tags: ["a"] }, /tags: must be an object, got an array/],
    ["tag value an object", { ...withNodes({}), tags: { env: { a: 1 } } }, /tags\.env: must be a string/],
    ["tag key invalid", { ...withNodes({}), tags: { "bad key!": "x" } }, /tags/],
    ["blockPeriod out of range", { ...withNodes({}), globalSettings: { blockPeriod: 0 } }, /globalSettings\.blockPeriod/],
  ];

  it.each(cases)("%s", (_label, input, message) => {
    expect(importError(input).message).toMatch(message);
  });
});

describe("malformed DSL lines name the entry", () => {
  const cases: [string, string, RegExp][] = [
    ["unknown role", "eastus:validators=3+workers=2", /distribution entry 1 "eastus:validators=3\+workers=2": unknown role 'workers'/],
    ["unknown role in the second region", "eastus:validators=3,westus2:validatrs=2", /distribution entry 2 "westus2:validatrs=2": unknown role 'validatrs'/],
    ["negative count", "eastus:validators=-1", /the count of 'validators' must be a whole number of 0 or more, got '-1'/],
    ["count missing", "eastus:validators=", /the count of 'validators' must be a whole number/],
    ["no count at all", "eastus:validators+rpc=1", /'validators' has no count/],
    ["no region", ":validators=3", /the region name before ':' is missing/],
    ["repeated role", "eastus:validators=3+validators=1", /'validators' is given twice/],
    ["empty item", "eastus:validators=3++rpc=1", /an empty item between '\+' signs/],
    ["unknown provider", "azr:eastus:validators=3", /unknown provider prefix 'azr'/],
    ["subtype on validators", "eastus:validators.big=3", /only rpc and member take a subtype/],
    ["huge count", "eastus:validators=100000", /must be at most 1000/],
    ["unknown placement role", "validators:aks:eastus;workers:aca:centralus", /placement entry 2 "workers:aca:centralus": unknown role 'workers'/],
    ["unknown placement type", "validators:k8s:eastus", /placement entry 1 "validators:k8s:eastus": unknown deployment type the string "k8s"/],
    ["placement without regions", "validators:aks", /expected ROLE:TYPE:REGION/],
    ["placement with an empty region", "validators:aks:eastus++westus", /an empty region name/],
    ["placement repeated role", "validators:aks:eastus;validators:vm:westus", /'validators' is placed twice/],
    ["';' between distribution regions", "eastus:validators=3;westus:validators=2", /regions are separated by ','/],
    ["',' between placements", "validators:aks:eastus,rpc:aca:centralus", /placements are separated by ';'/],
    ["deployment map alone", "validators=aks,rpc=aca", /a deployment map alone has no regions or counts/],
    ["deployment map alone, observers first", "observer=vm,validators=aks", /a deployment map alone has no regions or counts/],
  ];

  it.each(cases)("%s", (_label, line, message) => {
    expect(importError(line).message).toMatch(message);
  });

  it("checks a deployment map given with a distribution", () => {
    expect(importError("eastus:validators=3", { deploymentMap: "validators=k8s" }).message).toMatch(/deployment map entry 1 "validators=k8s": unknown deployment type/);
    expect(importError("eastus:validators=3", { deploymentMap: "validators" }).message).toMatch(/expected ROLE=TYPE/);
    expect(importError("eastus:validators=3", { deploymentMap: "miners=aks" }).message).toMatch(/unknown role 'miners'/);
  });

  it("checks the DSL bundle's fields", () => {
    expect(() => importQdqDsl({})).toThrow(QdqImportError);
    expect(importError({ distribution: "eastus:" }).message).toMatch(/no nodes after 'eastus:'/);
    expect(importError({ distribution: " , " }).message).toMatch(/distribution: is empty/);
    expect(importError({ distribution: 3 }).message).toMatch(/distribution: must be a string, got number 3/);
    expect(importError({ distribution: "eastus:validators=3", networkMode: "star" }).message).toMatch(/networkMode: must be one of/);
  });
});

describe("malformed topology.parameters.json", () => {
  const cases: [string, unknown, RegExp][] = [
    ["placements missing", { regions: ["eastus"] }, /placements: must be an object, got nothing/],
    ["regions not strings", { regions: [1], placements: {} }, /regions\[0\]: must be a non-empty string/],
    ["unknown placement role", { regions: ["eastus"], placements: { miners: { deploymentType: "aks" } } }, /placements\.miners: unknown role 'miners'/],
    ["negative replicas", { regions: ["eastus"], placements: { validators: { replicas: -2 } } }, /placements\.validators\.replicas: must be a whole number/],
    ["placement regions not a list", { regions: ["eastus"], placements: { validators: { regions: "eastus" } } }, /placements\.validators\.regions: must be a list/],
    ["placement regions empty", { regions: ["eastus"], placements: { validators: { regions: [] } } }, /placements\.validators\.regions: lists no regions/],
    ["no regions anywhere", { placements: { validators: { replicas: 4 } } }, /is missing and the file lists no regions/],
    ["unknown network mode", { regions: ["eastus"], placements: {}, network: { mode: "star" } }, /network\.mode: must be one of/],
    ["bad vnetCidr", { regions: ["eastus"], placements: {}, network: { vnetCidr: "nope" } }, /network\.vnetCidr: 'nope' is not an IPv4 CIDR/],
    ["unknown provider in placement", { regions: ["eastus"], placements: { validators: { regions: ["ibm:dal10"] } } }, /placements\.validators\.regions\[0\]: unknown provider prefix 'ibm'/],
  ];

  it.each(cases)("%s", (_label, input, message) => {
    expect(importError(input).message).toMatch(message);
  });

  it("refuses a parameters file through the EnhancedTopologyFile importer with a pointer to the right one", () => {
    expect(() => importEnhancedTopologyFile({ regions: ["eastus"] })).toThrow(/topology\.parameters\.json shape/);
    expect(() => importTopologyParameters("text")).toThrow(QdqImportError);
  });
});

describe("no input makes the importer crash", () => {
  /** A small deterministic PRNG, so a failure can be replayed. */
  function prng(seed: number): () => number {
    let s = seed;
    return () => {
      s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
      return s / 2_147_483_648;
    };
  }
  const junk: unknown[] = [null, undefined, [], {}, -1, 0, 1.5, 1e12, "", "x", true, { count: -3 }, [null], "10.0.0.0/8", NaN];

  /** Replaces one randomly chosen value somewhere in `root` with junk. */
  function mutate(root: unknown, random: () => number): unknown {
    const copy = structuredClone(root) as Record<string, unknown>;
    let node: Record<string, unknown> = copy;
    for (let depth = 0; depth < 6; depth += 1) {
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      const key = keys[Math.floor(random() * keys.length)]!;
      const child = node[key];
      if (typeof child !== "object" || child === null || random() < 0.3) {
        node[key] = junk[Math.floor(random() * junk.length)];
        return copy;
      }
      node = child as Record<string, unknown>;
    }
    return copy;
  }

  it("refuses or accepts 2000 mutated files, and refuses only with QdqImportError", () => {
    const random = prng(20_261_101);
    const bases: unknown[] = [
      sampleEnhancedFile(),
      { regions: ["eastus", "aws:us-east-1"], placements: { validators: { deploymentType: "aks", regions: ["eastus"], replicas: 4 }, api: { rpcType: "trace", instanceCount: 2 } }, network: { mode: "mesh" } },
      { distribution: "eastus:validators=3+rpc=2", deploymentMap: "validators=aks", placement: "rpc:aca:eastus" },
    ];
    const specific = [importEnhancedTopologyFile, importTopologyParameters, (x: unknown) => importQdqDsl(x as object)];
    for (let i = 0; i < 2000; i += 1) {
      const input = mutate(bases[i % bases.length], random);
      try {
        if (i % 2 === 0) importQdq(input);
        else specific[i % bases.length]!(input);
      } catch (error) {
        if (!(error instanceof QdqImportError) || /could not import/.test(error.message)) {
          throw new Error(`input ${JSON.stringify(input)} gave ${String(error)}`);
        }
      }
    }
  });

  it("reports even an unexpected failure inside the importer as a QdqImportError", () => {
    const hostile = { regions: { eastus: {} }, get globalSettings(): never { throw new RangeError("boom"); } };
    expect(() => importQdq(hostile)).toThrow(QdqImportError);
    expect(() => importEnhancedTopologyFile(hostile)).toThrow(/could not import: boom/);
  });

  it("refuses or accepts truncated YAML and JSON text, and refuses only with QdqImportError", () => {
    const texts = [SAMPLE_YAML, JSON.stringify(sampleEnhancedFile(), null, 2)];
    for (const text of texts) {
      for (let end = 0; end < text.length; end += 7) {
        try {
          importQdq(text.slice(0, end));
        } catch (error) {
          if (!(error instanceof QdqImportError) || /could not import/.test(error.message)) {
            throw new Error(`prefix ${end} gave ${String(error)}`);
          }
        }
      }
    }
  });
});

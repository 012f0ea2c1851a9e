import { afterAll, describe, expect, it } from "vitest";
import { qdqFiles } from "../../domain/export/qdq-files";
import { PRIVACY_NETWORK_COMMAND } from "../../domain/qdq/testing/sources";
import { SAMPLE_YAML, sampleEnhancedFile } from "../../domain/qdq/testing/fixtures";
import { parseDocument } from "../../domain/schema";
import { starterDocument } from "../../domain/starter";
import { main } from "../main";
import { Workspace } from "../testing/run-bin";

describe.concurrent("meridian import --from qdq", () => {
  const ws = new Workspace();
  afterAll(() => ws.dispose());
  ws.write("topology.json", sampleEnhancedFile());
  ws.write("topology.yaml", SAMPLE_YAML);

  it("prints a valid native document for a JSON EnhancedTopologyFile, warnings on stderr", async () => {
    const r = await ws.json(["import", "--from", "qdq", "topology.json"]);
    expect(r.code).toBe(0);
    expect(parseDocument(r.body).success).toBe(true);
    expect(r.body.regions.map((x: { id: string }) => x.id)).toEqual(["eastus", "westus2", "aws-us-east-1", "gcp-europe-west1"]);
    expect(r.stderr).toMatch(/^warning: assigned address spaces/m);
  });

  it("gives the same document for the YAML twin, and from stdin", async () => {
    const [json, yaml, stdin] = await Promise.all([
      ws.json(["import", "--from", "qdq", "topology.json"]),
      ws.json(["import", "--from", "qdq", "topology.yaml"]),
      ws.json(["import", "--from", "qdq", "-"], SAMPLE_YAML),
    ]);
    expect(yaml.body).toEqual(json.body);
    expect(stdin.body).toEqual(json.body);
  });

  it("imports DSL lines given as options, with a name", async () => {
    const r = await ws.json([
      "import", "--distribution", "eastus:validators=3+rpc=2,aws:us-east-1:validators=1",
      "--deployment-map", "validators=vmss,rpc=aca", "--name", "From DSL",
    ]);
    expect(r.code).toBe(0);
    expect(r.body.name).toBe("From DSL");
    expect(r.body.nodeGroups.map((g: { id: string; deploymentType: string }) => `${g.id}@${g.deploymentType}`)).toEqual([
      "eastus-validators@vmss", "eastus-rpc@aca", "aws-us-east-1-validators@ec2",
    ]);
  });

  it("exit 2 for malformed QDQ input, naming the key or DSL entry", async () => {
    ws.write("bad.json", { regions: { eastus: { nodeDistribution: { validatorz: { count: 3 } } } } });
    ws.write("bad-provider.yaml", "regions:\n  oci:us-phoenix-1: {}\n");
    const [badKey, badProvider, badDsl, badLine] = await Promise.all([
      ws.run(["import", "--from", "qdq", "bad.json"]),
      ws.run(["import", "--from", "qdq", "bad-provider.yaml"]),
      ws.run(["import", "--distribution", "eastus:validators=3,westus2:miners=2"]),
      ws.run(["import", "-"], "eastus:validators=-3"),
    ]);
    expect(badKey.code).toBe(2);
    expect(badKey.stdout).toBe("");
    expect(badKey.stderr).toMatch(/^meridian import: bad\.json: regions\.eastus\.nodeDistribution\.validatorz: unknown role 'validatorz'/);
    expect(badProvider.stderr).toMatch(/unknown provider prefix 'oci'/);
    expect(badDsl.stderr).toMatch(/distribution entry 2 "westus2:miners=2": unknown role 'miners'/);
    expect(badLine.stderr).toMatch(/the count of 'validators' must be a whole number/);
    for (const r of [badProvider, badDsl, badLine]) expect(r.code).toBe(2);
  });

  it("exit 2 for bad usage", async () => {
    const [from, none, both, missing] = await Promise.all([
      ws.run(["import", "--from", "terraform", "topology.json"]),
      ws.run(["import", "--from", "qdq"]),
      ws.run(["import", "topology.json", "--distribution", "eastus:validators=4"]),
      ws.run(["import", "--from", "qdq", "missing.json"]),
    ]);
    expect(from.stderr).toMatch(/--from must be one of qdq, got 'terraform'/);
    expect(none.stderr).toMatch(/missing <file>/);
    expect(both.stderr).toMatch(/give a file or DSL options, not both/);
    expect(missing.stderr).toMatch(/cannot read missing\.json: no such file/);
    for (const r of [from, none, both, missing]) expect(r.code).toBe(2);
  });
});

/** Runs the command in this process (the same `main` the bin calls), for the many small cases below. */
async function runInProcess(dir: string, args: readonly string[], stdin = ""): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), readStdin: async () => stdin, cwd: dir });
  return { code, stdout, stderr };
}

describe("meridian import --from qdq: QDQ's other forms, warnings and refusals", () => {
  const ws = new Workspace();
  afterAll(() => ws.dispose());
  const run = (args: readonly string[], stdin?: string) => runInProcess(ws.dir, args, stdin);

  it("re-imports the qdq/topology.dsl it exports, as FLAG=VALUE lines", async () => {
    const dsl = qdqFiles(starterDocument("s")).files.find((f) => f.path === "qdq/topology.dsl")!;
    ws.write("topology.dsl", dsl.contents as string);
    const r = await run(["import", "--from", "qdq", "topology.dsl"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).nodeGroups.map((g: { role: string; count: number }) => `${g.role}=${g.count}`)).toEqual([
      "validator=4", "rpc=1", "bootnode=1", "member=3",
    ]);
    const validated = await run(["validate", "topology.dsl", "--format", "json"]);
    expect(validated.code).toBeLessThan(2);
    expect(JSON.parse(validated.stdout).failureDomains).toBeDefined();
  });

  it("reads a QDQ command line, and puts each warning on its own stderr line", async () => {
    ws.write("qdq.sh", PRIVACY_NETWORK_COMMAND);
    const r = await run(["import", "--from", "qdq", "qdq.sh"]);
    expect(r.code).toBe(0);
    expect(parseDocument(JSON.parse(r.stdout)).success).toBe(true);
    expect(r.stderr).toMatch(/^warning: --privacy: not about the topology; ignored$/m);
    const observer = await run(["import", "-"], "eastus:validators=4+observer=1");
    expect(observer.stderr).toMatch(/^warning: distribution entry 1 "eastus:validators=4\+observer=1": QDQ's observer .* imported as a standard RPC group named 'observer'/m);
  });

  it("refuses a field it cannot read with exit 2, naming the field or flag, and prints no document", async () => {
    ws.write("isolated.json", { regions: ["eastus", "westus2"], placements: { validators: { regions: ["eastus", "westus2"], replicas: 4 } }, network: { mode: "isolated" } });
    ws.write("excludes.json", { strategy: "all-minus-excludes", excludeRegions: ["Atlantis"], placements: { validators: { replicas: 4 } } });
    ws.write("sizes.txt", 'quorum-dev-quickstart --azureRegionalDistribution "eastus:validators=4" --azureSizeMap "miners=Standard_D2_v2"\n');
    const [isolated, excludes, sizes] = await Promise.all([
      run(["import", "--from", "qdq", "isolated.json"]),
      run(["import", "--from", "qdq", "excludes.json"]),
      run(["import", "--from", "qdq", "sizes.txt"]),
    ]);
    for (const r of [isolated, excludes, sizes]) expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(isolated.stderr).toMatch(/^meridian import: isolated\.json: network\.mode: 'isolated' peers no regions/);
    expect(excludes.stderr).toMatch(/^meridian import: excludes\.json: excludeRegions\[0\]: 'Atlantis' is not an Azure region/);
    expect(sizes.stderr).toMatch(/^meridian import: sizes\.txt: --azureSizeMap entry 1 "miners=Standard_D2_v2": 'miners' is neither a role/);
  });
});

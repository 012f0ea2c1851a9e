import { afterAll, describe, expect, it } from "vitest";
import { SAMPLE_YAML, sampleEnhancedFile } from "../../domain/qdq/test-fixtures";
import { parseDocument } from "../../domain/schema";
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

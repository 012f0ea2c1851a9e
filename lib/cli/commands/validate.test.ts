import { afterAll, describe, expect, it } from "vitest";
import { sampleEnhancedFile } from "../../domain/qdq/testing/fixtures";
import { Workspace } from "../testing/run-bin";
import { CLEAN_QDQ_YAML, starter } from "../testing/topologies";

describe.concurrent("meridian validate", () => {
  const ws = new Workspace();
  afterAll(() => ws.dispose());
  const clean = ws.write("clean.yaml", CLEAN_QDQ_YAML);
  const single = ws.write("starter.json", starter());

  it("exits 0 on a design with no findings, reading a QDQ YAML file by content", async () => {
    const r = await ws.run(["validate", clean]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/imported from QDQ EnhancedTopologyFile/);
    expect(r.stdout).toMatch(/No findings\./);
    expect(r.stdout).toMatch(/survives\s+region Azure eastus/);
    expect(r.stdout).toMatch(/OK: nothing at or above 'error'/);
    expect(r.stderr).toMatch(/warning: assigned address spaces/);
  });

  it("prints one finding per line with severity, code, target and message, then the failure domains", async () => {
    const r = await ws.run(["validate", single, "--packs", "gdpr"]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split("\n");
    const gdpr = lines.find((l) => l.includes("compliance.gdpr.residency"));
    expect(gdpr).toMatch(/^error\s+compliance\.gdpr\.residency\s+group validators\s+Node group 'validators'/);
    expect(r.stdout).toMatch(/Failure domains \(4 validators, qbft, quorum 3, tolerates 1 offline\):/);
    expect(r.stdout).toMatch(/HALTS\s+region Azure eastus/);
    expect(r.stdout).toMatch(/FAILED: findings at or above 'error'/);
  });

  it("JSON output has {valid, findings, failureDomains, summary}", async () => {
    const r = await ws.json(["validate", single, "--format", "json", "--packs", "gdpr,soc2"]);
    expect(r.code).toBe(1);
    expect(Object.keys(r.body)).toEqual(expect.arrayContaining(["valid", "findings", "failureDomains", "summary"]));
    expect(r.body.valid).toBe(false);
    for (const f of r.body.findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(["code", "severity", "message", "target"]));
      expect(["error", "warning", "info"]).toContain(f.severity);
      expect(typeof f.target.kind).toBe("string");
    }
    expect(r.body.findings.map((f: { code: string }) => f.code)).toContain("compliance.gdpr.residency");
    expect(r.body.summary.packs).toEqual(expect.arrayContaining(["gdpr", "soc2"]));
    expect(r.body.failureDomains).toMatchObject({ consensus: "qbft", validators: 4, quorum: 3 });
    expect(r.body.failureDomains.domains[0]).toMatchObject({ kind: "region", survives: false });
    expect(r.body.input).toEqual({ file: "starter.json", format: "meridian", warnings: [] });
  });

  it("--fail-on warning turns warnings into exit 1; the default gate is errors", async () => {
    const [byDefault, strict] = await Promise.all([
      ws.json(["validate", single, "--format", "json"]),
      ws.json(["validate", single, "--format", "json", "--fail-on", "warning"]),
    ]);
    expect(byDefault.body.summary.errors).toBe(0);
    expect(byDefault.body.summary.warnings).toBeGreaterThan(0);
    expect(byDefault.code).toBe(0);
    expect(byDefault.body.valid).toBe(true);
    expect(strict.code).toBe(1);
    expect(strict.body.valid).toBe(false);
  });

  it("validates QDQ files of every kind, DSL lines and stdin", async () => {
    ws.write("etf.json", sampleEnhancedFile());
    ws.write("dist.txt", "eastus:validators=1+boot=1,eastus2:validators=1+boot=1,centralus:validators=1,westus2:validators=1\n");
    ws.write("params.json", { regions: ["eastus"], placements: { validators: { deploymentType: "aks", regions: ["eastus"], replicas: 4 } } });
    const results = await Promise.all([
      ws.json(["validate", "etf.json", "--format", "json"]),
      ws.json(["validate", "dist.txt", "--format", "json"]),
      ws.json(["validate", "params.json", "--format", "json"]),
      ws.json(["validate", "-", "--format", "json"], CLEAN_QDQ_YAML),
    ]);
    expect(results.map((r) => r.body.input.format)).toEqual([
      "qdq-enhanced-topology-file", "qdq-dsl", "qdq-topology-parameters", "qdq-enhanced-topology-file",
    ]);
    for (const r of results) expect([0, 1]).toContain(r.code);
    expect(results[3]!.body.input.file).toBe("-");
    expect(results[3]!.code).toBe(0);
  });

  it("applies an organisation policy", async () => {
    ws.write("policy.yaml", "allowedProviders: [aws]\nrequiredTags: [costCenter]\n");
    const r = await ws.json(["validate", clean, "--format", "json", "--policy", "policy.yaml"]);
    expect(r.code).toBe(1);
    expect(r.body.summary.packs).toContain("policy");
    expect(r.body.findings.some((f: { pack: string }) => f.pack === "policy")).toBe(true);
  });

  it("checks the change-approval control when a policy is given", async () => {
    ws.write("no-approval.yaml", "approvalsRequired: 0\n");
    ws.write("approval.yaml", "approvalsRequired: 2\n");
    const [none, some, noPolicy] = await Promise.all([
      ws.json(["validate", clean, "--format", "json", "--packs", "soc2", "--policy", "no-approval.yaml"]),
      ws.json(["validate", clean, "--format", "json", "--packs", "soc2", "--policy", "approval.yaml"]),
      ws.json(["validate", clean, "--format", "json", "--packs", "soc2"]),
    ]);
    const approval = (r: { body: { findings: { code: string }[] } }) => r.body.findings.filter((f) => f.code === "compliance.soc2.change-approval");
    expect(approval(none)).toEqual([expect.objectContaining({ severity: "error", target: { kind: "document" } })]);
    expect(approval(some)).toEqual([]);
    expect(approval(noPolicy)).toEqual([]);
  });

  it("exit 2 with one line per offending path for a bad policy file", async () => {
    ws.write("bad-policy.json", { allowedProviders: ["ibm"], approvalsRequired: 11, requiredTolerance: "zone", allowedRegions: ["eastus"] });
    ws.write("unknown-key.yaml", "allowedProvider: [aws]\n");
    ws.write("list-policy.yaml", "- aws\n");
    const [bad, unknownKey, list] = await Promise.all([
      ws.run(["validate", clean, "--policy", "bad-policy.json"]),
      ws.run(["validate", clean, "--policy", "unknown-key.yaml"]),
      ws.run(["validate", clean, "--policy", "list-policy.yaml"]),
    ]);
    for (const r of [bad, unknownKey, list]) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).not.toMatch(/internal error|TypeError|at .*\.ts:/);
    }
    expect(bad.stderr).toMatch(/^meridian validate: bad-policy\.json is not a valid policy \(4 problems\)\n/);
    expect(bad.stderr).toMatch(/^ {2}allowedProviders\[0\]: unknown provider 'ibm' \(expected azure, aws, gcp\)$/m);
    expect(bad.stderr).toMatch(/^ {2}allowedRegions\[0\]: must be provider:region such as azure:westeurope or aws:us-east-1, got 'eastus'$/m);
    expect(bad.stderr).toMatch(/^ {2}requiredTolerance: must be none, region or provider, got 'zone'$/m);
    expect(bad.stderr).toMatch(/^ {2}approvalsRequired: must be a whole number from 0 to 10$/m);
    expect(unknownKey.stderr).toMatch(/^ {2}unknown policy key 'allowedProvider' \(expected allowedProviders, allowedRegions, .*approvalsRequired\)$/m);
    expect(list.stderr).toMatch(/^ {2}a policy must be an object of settings$/m);
  });

  it("exit 2 with a clear message for unreadable or invalid input", async () => {
    ws.write("broken.json", '{"schemaVersion": 1, "name": ');
    ws.write("invalid.json", { ...starter(), nodeGroups: [{ id: "v", regionId: "nowhere", role: "validator", count: 0, deploymentType: "aks", vmSize: "x" }] });
    ws.write("future.json", { ...starter(), schemaVersion: 99 });
    ws.write("bad-qdq.yaml", "regions:\n  eastus:\n    nodeDistribution:\n      validators: { count: -2 }\n");
    ws.write("other.json", { hello: "world" });
    ws.write("empty.yaml", "");
    const [missing, broken, invalid, future, badQdq, other, empty] = await Promise.all([
      ws.run(["validate", "nope.json"]),
      ws.run(["validate", "broken.json"]),
      ws.run(["validate", "invalid.json"]),
      ws.run(["validate", "future.json"]),
      ws.run(["validate", "bad-qdq.yaml"]),
      ws.run(["validate", "other.json"]),
      ws.run(["validate", "empty.yaml"]),
    ]);
    expect(missing).toMatchObject({ code: 2, stdout: "" });
    expect(missing.stderr).toMatch(/^meridian validate: cannot read nope\.json: no such file/);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/broken\.json is not valid JSON/);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/invalid\.json is not a valid topology document/);
    expect(invalid.stderr).toMatch(/ {2}nodeGroups\[0\]\.count: /);
    expect(invalid.stderr).toMatch(/ {2}nodeGroups\[0\]\.regionId: no region with id 'nowhere'/);
    expect(future.code).toBe(2);
    expect(future.stderr).toMatch(/schemaVersion 99, newer than/);
    expect(badQdq.code).toBe(2);
    expect(badQdq.stderr).toMatch(/regions\.eastus\.nodeDistribution\.validators\.count: must be a whole number of 0 or more, got -2/);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/neither a Meridian topology document .* nor a QDQ topology/);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/empty\.yaml is empty/);
    for (const r of [missing, broken, invalid, future, badQdq, other, empty]) expect(r.stderr).not.toMatch(/internal error|TypeError|at .*\.ts:/);
  });

  it("exit 2 for bad options", async () => {
    const [format, pack, failOn, noFile, twoFiles] = await Promise.all([
      ws.run(["validate", clean, "--format", "xml"]),
      ws.run(["validate", clean, "--packs", "gdpr,pci"]),
      ws.run(["validate", clean, "--fail-on", "fatal"]),
      ws.run(["validate"]),
      ws.run(["validate", clean, clean]),
    ]);
    expect(format.stderr).toMatch(/--format must be one of text, json, got 'xml'/);
    expect(pack.stderr).toMatch(/--packs: unknown value 'pci'/);
    expect(failOn.stderr).toMatch(/--fail-on must be one of info, warning, error, got 'fatal'/);
    expect(noFile.stderr).toMatch(/missing <file>/);
    expect(twoFiles.stderr).toMatch(/unexpected argument/);
    for (const r of [format, pack, failOn, noFile, twoFiles]) expect(r.code).toBe(2);
  });
});

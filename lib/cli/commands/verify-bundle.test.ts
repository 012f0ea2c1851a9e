import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { TEMPLATES } from "../../domain/templates";
import { Workspace } from "../testing/run-bin";

describe.concurrent("meridian verify-bundle", () => {
  const ws = new Workspace();
  afterAll(() => ws.dispose());
  ws.write("global.json", TEMPLATES.find((t) => t.slug === "global-multicloud-5-region")!.document);

  it("passes a fresh export, as a folder and as a zip, with a matrix of every validator and bootnode", async () => {
    expect((await ws.run(["export", "global.json", "--out", "bundle", "--zip", "bundle.zip"])).code).toBe(0);
    for (const path of ["bundle", "bundle.zip"]) {
      const r = await ws.run(["verify-bundle", path]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^9 validators and bootnodes, \d+ needed pairs \(of 72 checked\)/);
      expect(r.stdout).toContain("validator-eastus-1 (validator, 10.30.");
      expect(r.stdout).toMatch(/From \(rows\) to \(columns\)/);
      expect(r.stdout.trimEnd().endsWith("Every needed pair works.")).toBe(true);
    }
    const json = await ws.json(["verify-bundle", "bundle", "--format", "json"]);
    expect(json.code).toBe(0);
    expect(json.body).toMatchObject({ format: "meridian-verify/1", ok: true, broken: [], overlaps: [] });
    expect(json.body.pairs).toHaveLength(72);
  });

  it("exits 1 and names the resource when a file is broken by hand", async () => {
    expect((await ws.run(["export", "global.json", "--out", "broken"])).code).toBe(0);
    const tf = join(ws.dir, "broken/terraform/aws/security.tf");
    writeFileSync(tf, readFileSync(tf, "utf8").replace(/cidr_blocks = \["10\.30\.0\.0\/16"/g, 'cidr_blocks = ["192.0.2.0/24"'));
    const r = await ws.run(["verify-bundle", "broken"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Broken \(\d+\):\n[\s\S]*  validator-eastus-1 -> validator-aws-us-west-2-1 \(validator-aws-us-west-2-1\.[a-z0-9-]+\.internal\): tcp\/30303: aws: aws_security_group\.aws_us_west_2_validators_usw2 \(no ingress rule matches\) refuses tcp\/30303 from 10\.30\./);
    expect(r.stdout.trimEnd().endsWith("The bundle does not connect as configured.")).toBe(true);
  });

  it("exits 2 for what is not a bundle", async () => {
    ws.write("notes.txt", "hello");
    const r = await ws.run(["verify-bundle", "notes.txt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/notes\.txt is neither a folder nor a zip file/);
    const missing = await ws.run(["verify-bundle", "nowhere"]);
    expect(missing.code).toBe(2);
  });
});

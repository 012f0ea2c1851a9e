// Terraform output read back by HashiCorp's HCL parser: every file parses, and every root module refers only
// to variables, locals, resources, data sources and provider configurations it declares itself.

import { parse } from "@cdktf/hcl2json";
import { describe, expect, it } from "vitest";
import { allBundles, bundleOf, filesUnder } from "../testing/bundles";
import { parseModule, undeclaredReferences } from "../testing/terraform-references";

function modulesOf(name: string): [string, Record<string, string>][] {
  const files = filesUnder(bundleOf(name), "terraform");
  const dirs = [...new Set(Object.keys(files).filter((p) => p.includes("/")).map((p) => p.split("/")[0]!))];
  return dirs.map((dir) => [dir, filesUnder(bundleOf(name), `terraform/${dir}`)]);
}

describe.each(allBundles().map(([name]) => name))("Terraform of %s", (name) => {
  it("parses, module by module, and references only what the module declares", async () => {
    const modules = modulesOf(name);
    expect(modules.length).toBeGreaterThan(0);
    for (const [dir, files] of modules) {
      const module = await parseModule(files);
      expect([...module.files.keys()].sort(), dir).toEqual(expect.arrayContaining(["main.tf", "outputs.tf", "variables.tf"]));
      expect(await undeclaredReferences(module), dir).toEqual([]);
      expect(module.duplicates, dir).toEqual([]);
      // One terraform block with the providers the module configures.
      const required = [...module.files.values()].flatMap((j) => (j.terraform as { required_providers?: Record<string, unknown>[] }[] | undefined) ?? []);
      expect(required, dir).toHaveLength(1);
      const providers = Object.keys(Object.assign({}, ...(required[0]!.required_providers ?? [])));
      for (const p of module.declared.providers) expect(providers, `${dir}: provider ${p}`).toContain(p.split(".")[0]);
    }
  });

  it("common.tfvars parses and sets only variables every module declares", async () => {
    const tfvars = filesUnder(bundleOf(name), "terraform")["common.tfvars"]!;
    const values = await parse("common.tfvars", tfvars);
    for (const [dir, files] of modulesOf(name)) {
      const { declared } = await parseModule(files);
      for (const variable of Object.keys(values)) expect(declared.variables, `${dir} declares ${variable}`).toContain(variable);
    }
  });
});

describe("the reference checker", () => {
  it("finds undeclared variables, locals, resources, data sources and provider aliases", async () => {
    const module = await parseModule({
      "main.tf": [
        'provider "aws" {\n  region = "us-east-1"\n}',
        'variable "known" {\n  type = string\n}',
        'locals {\n  a = var.known\n}',
        'resource "aws_vpc" "main" {\n  provider   = aws.eu\n  cidr_block = var.missing\n  tags       = { Name = local.b }\n}',
        'resource "aws_subnet" "x" {\n  vpc_id = aws_vpc.main.id\n  az     = data.aws_availability_zones.all.names[0]\n  peer   = aws_vpc.other.id\n  for_each = { for k, v in local.a : k => v }\n  path     = "${path.module}/x"\n}',
      ].join("\n\n"),
    });
    const problems = await undeclaredReferences(module);
    expect(problems.map((p) => p.replace(/ \(in .*\)$/, "")).sort()).toEqual([
      "main.tf: undeclared data source data.aws_availability_zones.all",
      "main.tf: undeclared local local.b",
      "main.tf: undeclared provider configuration aws.eu",
      "main.tf: undeclared resource aws_vpc.other",
      "main.tf: undeclared variable var.missing",
    ]);
    expect(problems).toHaveLength(5);
  });

  it("finds addresses declared twice, in one file or across files", async () => {
    const module = await parseModule({
      "a.tf": 'variable "x" {}\n\nresource "aws_vpc" "main" {}\n\nresource "aws_vpc" "main" {}',
      "b.tf": 'variable "x" {}\n\nlocals {\n  y = 1\n}',
    });
    expect(module.duplicates).toEqual(["variable x", "resource aws_vpc.main"]);
  });

  it("rejects text that is not HCL", async () => {
    await expect(parseModule({ "main.tf": 'resource "x" {\n  a = \n}' })).rejects.toThrow(/main\.tf does not parse/);
  });
});

describe("Terraform of a design with foreign names and sizes", () => {
  const result = bundleOf("every-deployment-type");
  const tf = filesUnder(result, "terraform");

  it("writes another cloud's VM size as the closest size of the region's cloud, with a warning", () => {
    expect(tf["aws/compute.tf"]).not.toContain("Standard_D2s_v5");
    const template = tf["aws/compute.tf"]!.split('resource "aws_launch_template" "oregon_mismatched" {')[1]!.split("\nresource ")[0];
    expect(template).toMatch(/instance_type\s+= "m\d[a-z]*\.large"/);
    expect(result.warnings).toContainEqual(expect.stringMatching(/^group mismatched: Standard_D2s_v5 is not a aws size; exported as m\d[a-z]*\.large/));
  });

  it("escapes the document's text so it can never interpolate", async () => {
    for (const file of ["aws/variables.tf", "common.tfvars"]) expect(tf[file]).toContain('"$${not-an-interpolation}"');
    const values = await parse("common.tfvars", tf["common.tfvars"]!);
    // Terraform's JSON syntax escapes a literal "${" the same way: the parser saw a literal, not an expression.
    expect(values.tags).toEqual({ "cost-center": "$${not-an-interpolation}", env: "test" });
  });
});

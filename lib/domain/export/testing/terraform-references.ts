// Test helper: parses a Terraform root module with HashiCorp's own HCL parser (@cdktf/hcl2json) and lists
// every reference that names something the module does not declare: var.X, local.X, data.T.N, module.X,
// resource T.N, or a provider alias (provider = aws.us_east_1). Terraform's own symbols (path, each, count,
// self, terraform) and iterator names of for expressions are not references to declarations.

import { getReferencesInExpression, parse } from "@cdktf/hcl2json";

type Json = Record<string, unknown>;

export interface ParsedModule {
  /** File name -> hcl2json's JSON. */
  readonly files: ReadonlyMap<string, Json>;
  readonly declared: Declarations;
  /** Addresses declared more than once (Terraform refuses them): "resource aws_vpc.main", "variable tags". */
  readonly duplicates: readonly string[];
}

interface Declarations {
  readonly variables: Set<string>;
  readonly locals: Set<string>;
  readonly resources: Set<string>;
  readonly data: Set<string>;
  readonly modules: Set<string>;
  /** "aws" (the default configuration) and "aws.us_east_1" (aliases). */
  readonly providers: Set<string>;
}

const BUILTINS = new Set(["path", "each", "count", "self", "terraform"]);

/** Parses every .tf file of one root module; throws with the file name when one does not parse. */
export async function parseModule(files: Readonly<Record<string, string>>): Promise<ParsedModule> {
  const parsed = new Map<string, Json>();
  for (const [name, text] of Object.entries(files)) {
    if (!name.endsWith(".tf")) continue;
    try {
      parsed.set(name, (await parse(name, text)) as Json);
    } catch (error) {
      throw new Error(`${name} does not parse: ${(error as Error).message}`);
    }
  }
  return { files: parsed, declared: declarations([...parsed.values()]), duplicates: duplicates([...parsed.values()]) };
}

function duplicates(files: readonly Json[]): string[] {
  const counts = new Map<string, number>();
  const count = (address: string, n: number) => counts.set(address, (counts.get(address) ?? 0) + n);
  for (const file of files) {
    for (const kind of ["variable", "output", "module"]) {
      for (const [name, blocks] of Object.entries(asObject(file[kind]))) count(`${kind} ${name}`, asArray(blocks).length);
    }
    for (const kind of ["resource", "data"]) {
      for (const [type, byName] of Object.entries(asObject(file[kind]))) {
        for (const [name, blocks] of Object.entries(asObject(byName))) count(`${kind} ${type}.${name}`, asArray(blocks).length);
      }
    }
    for (const block of asArray(file.locals)) for (const name of Object.keys(asObject(block))) count(`local ${name}`, 1);
  }
  return [...counts].filter(([, n]) => n > 1).map(([address]) => address);
}

function declarations(files: readonly Json[]): Declarations {
  const d: Declarations = { variables: new Set(), locals: new Set(), resources: new Set(), data: new Set(), modules: new Set(), providers: new Set() };
  for (const file of files) {
    for (const name of Object.keys(asObject(file.variable))) d.variables.add(name);
    for (const block of asArray(file.locals)) for (const name of Object.keys(asObject(block))) d.locals.add(name);
    for (const [type, byName] of Object.entries(asObject(file.resource))) for (const name of Object.keys(asObject(byName))) d.resources.add(`${type}.${name}`);
    for (const [type, byName] of Object.entries(asObject(file.data))) for (const name of Object.keys(asObject(byName))) d.data.add(`${type}.${name}`);
    for (const name of Object.keys(asObject(file.module))) d.modules.add(name);
    for (const [provider, configs] of Object.entries(asObject(file.provider))) {
      for (const config of asArray(configs)) {
        const alias = asObject(config).alias;
        d.providers.add(typeof alias === "string" ? `${provider}.${alias}` : provider);
      }
    }
  }
  return d;
}

/** Every reference in the module that resolves to no declaration, as "file: reference". */
export async function undeclaredReferences(module: ParsedModule): Promise<string[]> {
  const problems: string[] = [];
  for (const [file, json] of module.files) {
    for (const expression of expressionsIn(withoutVariableTypes(json))) {
      for (const ref of await getReferencesInExpression(file, expression)) {
        const problem = resolve(ref.value, module.declared);
        if (problem) problems.push(`${file}: ${problem} (in ${expression.slice(0, 120)})`);
      }
    }
  }
  return [...new Set(problems)];
}

function resolve(reference: string, d: Declarations): string | undefined {
  const [head, second, third] = reference.split(".");
  if (head === undefined || BUILTINS.has(head)) return undefined;
  if (head === "var") return d.variables.has(second!) ? undefined : `undeclared variable var.${second}`;
  if (head === "local") return d.locals.has(second!) ? undefined : `undeclared local local.${second}`;
  if (head === "module") return d.modules.has(second!) ? undefined : `undeclared module module.${second}`;
  if (head === "data") return d.data.has(`${second}.${third}`) ? undefined : `undeclared data source data.${second}.${third}`;
  // Resource types always have an underscore (azurerm_subnet); a bare name is a provider configuration.
  if (!head.includes("_")) {
    const provider = second === undefined ? head : `${head}.${second}`;
    return d.providers.has(provider) ? undefined : `undeclared provider configuration ${provider}`;
  }
  return d.resources.has(`${head}.${second}`) ? undefined : `undeclared resource ${head}.${second}`;
}

/**
 * A variable's type is a type expression (`${string}` in hcl2json's JSON), not a reference: leave it out.
 * Its default stays in: Terraform allows no expression there, so an unescaped "${" in it is caught too.
 */
function withoutVariableTypes(json: Json): Json {
  const variables = Object.fromEntries(Object.entries(asObject(json.variable)).map(([name, blocks]) => [
    name,
    asArray(blocks).map((b) => Object.fromEntries(Object.entries(asObject(b)).filter(([key]) => key !== "type"))),
  ]));
  return { ...json, variable: variables };
}

/** Strings holding an interpolation: hcl2json writes every expression as "${...}" inside a string. */
function expressionsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") {
    if (value.includes("${")) out.push(value);
  } else if (Array.isArray(value)) {
    for (const v of value) expressionsIn(v, out);
  } else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (key.includes("${")) out.push(key);
      expressionsIn(v, out);
    }
  }
  return out;
}

function asObject(value: unknown): Json {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Json) : {};
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

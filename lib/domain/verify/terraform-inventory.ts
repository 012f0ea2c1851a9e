// The Terraform of a bundle as blocks, read from the JSON form of its HCL (one parse per file, by the
// caller's parser): resources and data sources per root module, references between them, and data
// sources matched to the resources another module creates (by name, or by a tag:Name filter), the way
// Terraform would find them after the cloud modules are applied.

export type Json = Record<string, unknown>;

export interface TfBlock {
  readonly kind: "resource" | "data";
  readonly type: string;
  readonly name: string;
  /** The root module's folder: azure, aws, gcp, cross-cloud-vpn. */
  readonly module: string;
  readonly body: Json;
  /** "azure: azurerm_subnet.eastus_validators": what a report names. */
  readonly address: string;
}

/** A reference inside an expression string: "${aws_vpc.x.id}" -> { kind: "resource", type: "aws_vpc", name: "x", attribute: "id" }. */
export interface Reference {
  readonly kind: "resource" | "data";
  readonly type: string;
  readonly name: string;
  readonly attribute: string;
}

const REF = /^\$\{(data\.)?([a-z][a-z0-9_]*)\.([a-zA-Z_][a-zA-Z0-9_-]*)((?:\.|\[)[^}]*)?\}$/;

/** The single reference an attribute value is, if it is one. */
export function referenceIn(value: unknown): Reference | undefined {
  if (typeof value !== "string") return undefined;
  const m = REF.exec(value.trim());
  if (!m || m[2] === "var" || m[2] === "local" || m[2] === "each" || m[2] === "path") return undefined;
  return { kind: m[1] ? "data" : "resource", type: m[2]!, name: m[3]!, attribute: (m[4] ?? "").replace(/^\./, "") };
}

/** Every resource reference anywhere in an expression string (for attributes that combine several). */
export function referencesIn(value: unknown): Reference[] {
  if (typeof value !== "string") return [];
  const out: Reference[] = [];
  for (const m of value.matchAll(/(data\.)?\b([a-z][a-z0-9]*_[a-z0-9_]+)\.([a-zA-Z_][a-zA-Z0-9_-]*)((?:\.[a-zA-Z_][a-zA-Z0-9_]*|\[\d+\])*)/g)) {
    out.push({ kind: m[1] ? "data" : "resource", type: m[2]!, name: m[3]!, attribute: (m[4] ?? "").replace(/^\./, "") });
  }
  return out;
}

/** A nested block's first instance (hcl2json writes every block as a list). */
export function first(value: unknown): Json | undefined {
  return Array.isArray(value) ? (value[0] as Json | undefined) : (value as Json | undefined);
}

export function all(value: unknown): Json[] {
  return Array.isArray(value) ? (value as Json[]) : value ? [value as Json] : [];
}

export function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

export class TerraformInventory {
  private readonly blocks: TfBlock[] = [];
  private readonly byKey = new Map<string, TfBlock>();
  private readonly byType = new Map<string, TfBlock[]>();
  private readonly foundCache = new Map<TfBlock, TfBlock | undefined>();

  constructor(modules: ReadonlyMap<string, readonly Json[]>) {
    for (const [module, files] of modules) {
      for (const json of files) {
        for (const kind of ["resource", "data"] as const) {
          const section = (json[kind] ?? {}) as Record<string, Record<string, Json[]>>;
          for (const [type, named] of Object.entries(section)) {
            for (const [name, bodies] of Object.entries(named)) {
              const body = first(bodies) ?? {};
              const block: TfBlock = { kind, type, name, module, body, address: `${module}: ${kind === "data" ? "data." : ""}${type}.${name}` };
              this.blocks.push(block);
              this.byKey.set(`${module}|${kind}|${type}|${name}`, block);
              const key = `${kind}|${type}`;
              const list = this.byType.get(key);
              if (list) list.push(block);
              else this.byType.set(key, [block]);
            }
          }
        }
      }
    }
  }

  ofType(type: string, kind: "resource" | "data" = "resource"): readonly TfBlock[] {
    return this.byType.get(`${kind}|${type}`) ?? [];
  }

  /** The block a reference in `from`'s module names; a data source is followed to the resource it finds. */
  resolve(from: TfBlock | string, value: unknown): TfBlock | undefined {
    const ref = typeof value === "object" && value !== null && "type" in value ? (value as Reference) : referenceIn(value);
    if (!ref) return undefined;
    const module = typeof from === "string" ? from : from.module;
    const block = this.byKey.get(`${module}|${ref.kind}|${ref.type}|${ref.name}`);
    if (!block) return undefined;
    return block.kind === "data" ? this.found(block) ?? block : block;
  }

  /** The resource a data source finds: same type (or its resource counterpart) with the same name or Name tag. */
  found(data: TfBlock): TfBlock | undefined {
    if (!this.foundCache.has(data)) this.foundCache.set(data, this.search(data));
    return this.foundCache.get(data);
  }

  private search(data: TfBlock): TfBlock | undefined {
    const name = data.body.name;
    const filters = all(data.body.filter);
    const tagName = filters.find((f) => f.name === "tag:Name");
    const wanted = tagName ? stringsOf(tagName.values)[0] : typeof name === "string" ? name : undefined;
    if (wanted === undefined) return undefined;
    return this.ofType(data.type).find((b) => b.module !== data.module
      && (tagName ? (b.body.tags as Json | undefined)?.Name === wanted : b.body.name === wanted));
  }

  /** Resources whose attribute refers to `target`. */
  referring(type: string, attribute: string, target: TfBlock): TfBlock[] {
    return this.ofType(type).filter((b) => {
      const values = Array.isArray(b.body[attribute]) ? (b.body[attribute] as unknown[]) : [b.body[attribute]];
      return values.some((v) => this.resolve(b, v) === target);
    });
  }
}

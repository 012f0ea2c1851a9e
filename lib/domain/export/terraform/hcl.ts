// A small HCL writer: blocks, attributes and expressions in, `terraform fmt`-style text out (two-space
// indent, `=` aligned within each run of attributes). Strings are escaped, so a document's names can
// never inject an interpolation; expressions (`raw`) and templates (`tpl`) are written as given.

export class Expr {
  constructor(readonly code: string) {}
}

/** An expression written verbatim: `var.tags`, `azurerm_resource_group.eastus.name`, `merge(a, b)`. */
export function raw(code: string): Expr {
  return new Expr(code);
}

/** A quoted template whose `${...}` interpolations are kept: tpl("${local.name_prefix}-eastus"). */
export function tpl(template: string): Expr {
  return new Expr(`"${template.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`);
}

export type HclValue = string | number | boolean | null | Expr | readonly HclValue[] | HclObject;
export interface HclObject {
  readonly [key: string]: HclValue | undefined;
}

export interface Block {
  readonly kind: "block";
  readonly type: string;
  readonly labels: readonly string[];
  readonly body: readonly BodyItem[];
}
interface Attribute {
  readonly kind: "attr";
  readonly name: string;
  readonly value: HclValue;
}
export interface Comment {
  readonly kind: "comment";
  readonly text: string;
}
type BodyItem = Block | Attribute | Comment;
/** What a file holds at its top level. */
export type Item = Block | Comment;

/** Attributes (an object: undefined values are left out), nested blocks and comments, in order. */
export type BodyInput = HclObject | Block | Comment | undefined | false | null | readonly BodyInput[];

/** Blocks and comments made here; any other object in a body is a set of attributes. */
const NODES = new WeakSet<object>();

export function block(type: string, labels: readonly string[], ...items: BodyInput[]): Block {
  const b: Block = { kind: "block", type, labels, body: flatten(items) };
  NODES.add(b);
  return b;
}

export function comment(text: string): Comment {
  const c: Comment = { kind: "comment", text };
  NODES.add(c);
  return c;
}

function flatten(items: readonly BodyInput[]): BodyItem[] {
  const out: BodyItem[] = [];
  for (const item of items) {
    if (!item) continue;
    if (Array.isArray(item)) out.push(...flatten(item));
    else if (isBodyItem(item)) out.push(item);
    else {
      for (const [name, value] of Object.entries(item as HclObject)) {
        if (value !== undefined) out.push({ kind: "attr", name, value });
      }
    }
  }
  return out;
}

function isBodyItem(item: object): item is Block | Comment {
  return NODES.has(item);
}

/** A file: top-level blocks and comments, one blank line between blocks. */
export function renderFile(items: readonly (Block | Comment)[]): string {
  const parts: string[] = [];
  let previous: "block" | "comment" | undefined;
  for (const item of items) {
    if (item.kind === "comment") {
      if (previous === "block") parts.push("");
      parts.push(`# ${item.text}`);
    } else {
      if (previous === "block") parts.push("");
      parts.push(renderBlock(item, 0));
    }
    previous = item.kind;
  }
  return `${parts.join("\n")}\n`;
}

function renderBlock(b: Block, depth: number): string {
  const pad = "  ".repeat(depth);
  const head = [b.type, ...b.labels.map(quote)].join(" ");
  if (b.body.length === 0) return `${pad}${head} {}`;
  return `${pad}${head} {\n${renderBody(b.body, depth + 1)}\n${pad}}`;
}

function renderBody(items: readonly BodyItem[], depth: number): string {
  const pad = "  ".repeat(depth);
  const lines: string[] = [];
  let i = 0;
  while (i < items.length) {
    const item = items[i]!;
    if (item.kind === "attr") {
      // Attributes after a nested block start a new paragraph.
      if (lines.length > 0 && lines[lines.length - 1] === `${pad}}`) lines.push("");
      // A run of attributes: align the `=` of those whose value fits on one line, as terraform fmt does.
      const run: Attribute[] = [];
      while (i < items.length && items[i]!.kind === "attr") run.push(items[i++] as Attribute);
      const rendered = run.map((a) => ({ name: attrName(a.name), value: renderValue(a.value, depth) }));
      const width = Math.max(...rendered.map((r) => r.name.length));
      for (const r of rendered) lines.push(`${pad}${r.name.padEnd(width)} = ${r.value}`);
      continue;
    }
    if (item.kind === "comment") lines.push(`${pad}# ${item.text}`);
    else {
      if (lines.length > 0 && !lines[lines.length - 1]!.trimStart().startsWith("#")) lines.push("");
      lines.push(renderBlock(item, depth));
    }
    i += 1;
  }
  return lines.join("\n");
}

function attrName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(name) ? name : quote(name);
}

export function quote(text: string): string {
  const escaped = text
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/\n/g, "\\n")
    .replace(/\r/g, "\\r")
    .replace(/\t/g, "\\t")
    // "$$" in a replacement string is one "$": "$$$${" writes HCL's escape "$${".
    .replace(/\$\{/g, "$$$${")
    .replace(/%\{/g, "%%{");
  return `"${escaped}"`;
}

function renderValue(value: HclValue, depth: number): string {
  if (value === null) return "null";
  if (value instanceof Expr) return value.code;
  if (typeof value === "string") return quote(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return renderList(value as readonly HclValue[], depth);
  return renderObject(value as HclObject, depth);
}

function renderList(items: readonly HclValue[], depth: number): string {
  if (items.length === 0) return "[]";
  const inline = items.map((v) => renderValue(v, depth));
  const simple = items.every((v) => v === null || typeof v !== "object" || v instanceof Expr);
  const oneLine = `[${inline.join(", ")}]`;
  if (simple && oneLine.length <= 100 && !oneLine.includes("\n")) return oneLine;
  const pad = "  ".repeat(depth + 1);
  return `[\n${items.map((v) => `${pad}${renderValue(v, depth + 1)},`).join("\n")}\n${"  ".repeat(depth)}]`;
}

function renderObject(obj: HclObject, depth: number): string {
  const entries = Object.entries(obj).filter(([, v]) => v !== undefined) as [string, HclValue][];
  if (entries.length === 0) return "{}";
  const pad = "  ".repeat(depth + 1);
  const rendered = entries.map(([k, v]) => ({ key: attrName(k), value: renderValue(v, depth + 1) }));
  const width = Math.max(...rendered.map((r) => r.key.length));
  const lines = rendered.map((r) => `${pad}${r.key.padEnd(width)} = ${r.value}`);
  return `{\n${lines.join("\n")}\n${"  ".repeat(depth)}}`;
}

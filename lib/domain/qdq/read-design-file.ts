// A file handed to the designer: a Meridian document (JSON or YAML) or any QDQ input (its files, DSL lines,
// flag lines or a command line), read into a design plus what the file stated, for `mergeInto`.

import { parse as parseYaml } from "yaml";
import { NetworkSettingsSchema, formatIssues, parseDocument, type NetworkSettings } from "../schema";
import { QdqImportError } from "./errors";
import { importQdq } from "./import-qdq";
import type { ImportedDesign } from "./merge-into";
import type { StatedSettings } from "./plan";
import { isPlainObject } from "./read-fields";

export type DesignFile =
  | { ok: true; design: ImportedDesign; warnings: string[]; format: "meridian" | "qdq" }
  | { ok: false; message: string };

export function readDesignFile(text: string): DesignFile {
  const native = nativeDocument(text);
  if (native) return native;
  try {
    const { document, warnings, stated } = importQdq(text);
    return { ok: true, design: { document, stated }, warnings, format: "qdq" };
  } catch (error) {
    if (error instanceof QdqImportError) return { ok: false, message: error.message };
    throw error;
  }
}

/** A document with a schemaVersion is Meridian's own; it states whichever of the settings it carries. */
function nativeDocument(text: string): DesignFile | undefined {
  let raw: unknown;
  try {
    raw = /^\s*[{[]/.test(text) ? JSON.parse(text) : parseYaml(text);
  } catch {
    return undefined;
  }
  if (!isPlainObject(raw) || !("schemaVersion" in raw)) return undefined;
  let parsed: ReturnType<typeof parseDocument>;
  try {
    parsed = parseDocument(raw);
  } catch (error) {
    return { ok: false, message: `a Meridian document that cannot be read: ${(error as Error).message}` };
  }
  if (!parsed.success) {
    const first = formatIssues(parsed.error)[0];
    return { ok: false, message: `a Meridian document with problems: ${first?.path}: ${first?.message}` };
  }
  const network = isPlainObject(raw.network) ? raw.network : {};
  const stated: StatedSettings = {
    network: (Object.keys(NetworkSettingsSchema.shape) as (keyof NetworkSettings)[]).filter((k) => k in network),
    tags: "tags" in raw,
    compliance: "compliance" in raw,
    operations: "operations" in raw,
    budget: "budgetMonthlyUsd" in raw,
  };
  return { ok: true, design: { document: parsed.data, stated }, warnings: [], format: "meridian" };
}

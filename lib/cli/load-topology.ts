// Reads a topology for any command: a Meridian document (JSON or YAML, any schema version with a migration)
// or any QDQ input, told apart by content.

import { QdqImportError, detectQdqFormat, importQdq, parseQdqFlagText } from "../domain/qdq";
import { DocumentVersionError, formatIssues, parseDocument, type TopologyDocument } from "../domain/schema";
import { InputError } from "./errors";
import { parseStructured, readInput, type CliIo } from "./io";

export interface LoadedTopology {
  document: TopologyDocument;
  /** "meridian" for a native document, else the QDQ format it was imported from. */
  format: string;
  /** What a QDQ import assumed or dropped. */
  warnings: string[];
}

export async function loadTopology(path: string, io: CliIo): Promise<LoadedTopology> {
  const input = await readInput(path, io);
  const parsed = parseStructured(input);
  if (parsed.kind === "data" && isNativeDocument(parsed.value)) {
    return { document: parseNative(parsed.value, input.name), format: "meridian", warnings: [] };
  }
  // QDQ flags as text (FLAG=VALUE lines, a command line) read as one YAML string: hand the importer the text.
  const flagText = parsed.kind === "data" && typeof parsed.value === "string" && parseQdqFlagText(input.text) !== undefined;
  const value = parsed.kind === "line" || flagText ? input.text : parsed.value;
  const format = parsed.kind === "line" || flagText ? "dsl" : detectQdqFormat(parsed.value);
  if (format === undefined) {
    throw new InputError(
      `${input.name} is neither a Meridian topology document (schemaVersion, network, regions, nodeGroups) nor a QDQ topology (an EnhancedTopologyFile, a topology.parameters.json or DSL lines)`,
    );
  }
  return { ...importQdqInput(value, input.name), format: `qdq-${format}` };
}

export function isNativeDocument(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value) && ("schemaVersion" in value || "nodeGroups" in value);
}

function parseNative(value: unknown, name: string): TopologyDocument {
  let result: ReturnType<typeof parseDocument>;
  try {
    result = parseDocument(value);
  } catch (error) {
    if (error instanceof DocumentVersionError) throw new InputError(`${name}: ${error.message}`);
    throw error;
  }
  if (!result.success) {
    const issues = formatIssues(result.error);
    throw new InputError(
      `${name} is not a valid topology document (${issues.length} problem${issues.length === 1 ? "" : "s"})`,
      issues.map((i) => `${i.path}: ${i.message}`),
    );
  }
  return result.data;
}

export function importQdqInput(
  value: unknown,
  name: string,
  options: Parameters<typeof importQdq>[1] = {},
): { document: TopologyDocument; warnings: string[] } {
  try {
    return importQdq(value, options);
  } catch (error) {
    if (error instanceof QdqImportError) {
      const more = error.issues.slice(1).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
      throw new InputError(`${name}: ${error.message}`, more);
    }
    throw error;
  }
}

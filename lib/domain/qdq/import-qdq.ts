// One entry point for every QDQ input: it tells an EnhancedTopologyFile, a topology.parameters.json and the
// DSLs apart (as objects, JSON text, YAML text or a single DSL line) and imports whichever it is given.

import { parse as parseYaml } from "yaml";
import { buildDocument } from "./build-document";
import { QdqImportError, guardImport } from "./errors";
import { planEnhancedTopologyFile } from "./import-enhanced";
import { hasFlagKeys } from "./flags";
import { parseCommandLine, parseFlagLines, type FlagText } from "./flag-text";
import { planQdqDsl, type QdqDslInput } from "./import-dsl";
import { planTopologyParameters } from "./import-parameters";
import type { ImportPlan, QdqImportOptions, QdqImportResult } from "./plan";
import { describeValue, isPlainObject } from "./read-fields";

export type QdqFormat = "enhanced-topology-file" | "topology-parameters" | "dsl";

export interface ImportQdqOptions extends QdqImportOptions {
  /** Goes with a distribution line given as `input` (QDQ's `--azureDeploymentMap`). */
  deploymentMap?: string;
  /** Goes with a distribution line given as `input` (QDQ's `--azureNodePlacement`). */
  placement?: string;
}

/**
 * Imports any QDQ topology input. Throws only QdqImportError, whose message names the offending key or
 * DSL entry; whatever else goes wrong inside is reported the same way rather than as a TypeError.
 */
export function importQdq(input: unknown, options: ImportQdqOptions = {}): QdqImportResult {
  return guardImport(() => {
    const warnings: string[] = [];
    const { name, client } = options;
    return buildDocument(planFor(input, options, warnings), { ...(name !== undefined ? { name } : {}), ...(client ? { client } : {}) }, warnings);
  });
}

function planFor(input: unknown, options: ImportQdqOptions, warnings: string[]): ImportPlan {
  const parsed = typeof input === "string" ? parseText(input, options) : { value: input, prefix: "" };
  const { value } = parsed;
  const format = detectQdqFormat(value);
  switch (format) {
    case "enhanced-topology-file":
      return planEnhancedTopologyFile(value, warnings);
    case "topology-parameters":
      return planTopologyParameters(value, warnings);
    case "dsl":
      return planQdqDsl(value, warnings, parsed.prefix);
    default:
      throw new QdqImportError(unrecognised(value));
  }
}

/**
 * Text is JSON when it starts like JSON (for JSON's clearer errors), a DSL when it is one line of DSL
 * punctuation, QDQ flags when it is FLAG=VALUE lines or a QDQ command line, and YAML otherwise.
 */
function parseText(text: string, options: ImportQdqOptions): { value: unknown; prefix: string } {
  const trimmed = text.replace(/^\uFEFF/, "").trim();
  if (!trimmed) throw new QdqImportError("the input is empty");
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    try {
      return { value: JSON.parse(trimmed) as unknown, prefix: "" };
    } catch (error) {
      throw new QdqImportError(`not valid JSON: ${(error as Error).message}`);
    }
  }
  const flags = parseQdqFlagText(trimmed);
  if (flags) return { value: flags.flags, prefix: flags.prefix };
  const dsl = dslFromLine(trimmed, options);
  if (dsl) return { value: dsl, prefix: "" };
  try {
    return { value: parseYaml(trimmed) as unknown, prefix: "" };
  } catch (error) {
    const message = (error as Error).message.split("\n")[0] ?? "";
    throw new QdqImportError(`not valid YAML or a QDQ DSL line: ${message}`);
  }
}

/** QDQ flags written as text (FLAG=VALUE lines, or a command line), or undefined when the text is neither. */
export function parseQdqFlagText(text: string): FlagText | undefined {
  return parseCommandLine(text) ?? parseFlagLines(text);
}

/** `region:role=n` (distribution), `role=type` (deployment map) or `role:type:regions` (placement). */
function dslFromLine(line: string, options: ImportQdqOptions): QdqDslInput | undefined {
  // Real YAML topologies span many lines; one line without flow-style punctuation is a DSL.
  if (/[\n\r{}[\]"'#]/.test(line)) return undefined;
  const hasEq = line.includes("=");
  const hasColon = line.includes(":");
  const extra = {
    ...(options.deploymentMap !== undefined ? { deploymentMap: options.deploymentMap } : {}),
    ...(options.placement !== undefined ? { placement: options.placement } : {}),
  };
  if (hasEq && hasColon) return { ...extra, distribution: line };
  if (hasEq) return { ...extra, deploymentMap: line };
  if (hasColon) return { ...extra, placement: line };
  return undefined;
}

/** Which QDQ input a parsed value is, or undefined when it is none of them. */
export function detectQdqFormat(value: unknown): QdqFormat | undefined {
  if (!isPlainObject(value)) return undefined;
  if (isPlainObject(value.regions) || isPlainObject(value.globalSettings) || value.strategy === "regional-distribution") {
    return "enhanced-topology-file";
  }
  // QDQ's TopologyFile chooses regions by strategy, classification and exclusions, with or without placements.
  const topologyFile = value.strategy === "all-minus-excludes" || value.strategy === "single" || value.strategy === "multi-select" || Array.isArray(value.excludeRegions);
  if (value.placements !== undefined || Array.isArray(value.regions) || topologyFile) return "topology-parameters";
  if (hasFlagKeys(value)) return "dsl";
  return undefined;
}

function unrecognised(value: unknown): string {
  if (!isPlainObject(value)) {
    return `expected a QDQ topology (an object with regions, or a DSL line), got ${describeValue(value)}`;
  }
  if ("schemaVersion" in value && "nodeGroups" in value) {
    return "this is a Meridian topology document, not a QDQ file; it needs no import";
  }
  return "not a QDQ topology: expected an EnhancedTopologyFile (regions map, globalSettings), a topology.parameters.json (regions list, placements) or DSL lines (distribution, deploymentMap, placement)";
}

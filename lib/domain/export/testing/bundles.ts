// Test helper: full, deterministic exports of the reference and coverage topologies (seeded keys), built once
// per test file.

import type { TopologyDocument } from "../../schema";
import { buildExport } from "../index";
import { EXPORT_TARGETS, type ExportFile, type ExportResult } from "../types";
import { COVERAGE_TOPOLOGIES } from "./coverage-topologies";
import { REFERENCE_TOPOLOGIES, seededRandom } from "./reference-topologies";

export const ALL_TOPOLOGIES: Readonly<Record<string, () => TopologyDocument>> = { ...REFERENCE_TOPOLOGIES, ...COVERAGE_TOPOLOGIES };

const cache = new Map<string, ExportResult>();

/** Every target of one named topology, keys from a seed named after it. */
export function bundleOf(name: string): ExportResult {
  let result = cache.get(name);
  if (!result) {
    const make = ALL_TOPOLOGIES[name];
    if (!make) throw new Error(`no test topology named ${name}`);
    result = buildExport(make(), { targets: EXPORT_TARGETS, random: seededRandom(name) });
    cache.set(name, result);
  }
  return result;
}

export function allBundles(): [string, ExportResult][] {
  return Object.keys(ALL_TOPOLOGIES).map((name) => [name, bundleOf(name)]);
}

export function text(file: ExportFile): string {
  return typeof file.contents === "string" ? file.contents : new TextDecoder().decode(file.contents);
}

/** Files under one folder, by their path relative to it: { "main.tf": "...", ... }. */
export function filesUnder(result: ExportResult, folder: string): Record<string, string> {
  const prefix = `${folder}/`;
  return Object.fromEntries(result.files.filter((f) => f.path.startsWith(prefix)).map((f) => [f.path.slice(prefix.length), text(f)]));
}

// Nothing in a QDQ input is dropped in silence: a key added anywhere in a realistic file is imported,
// named in a warning, or refused.

import { describe, expect, it } from "vitest";
import {
  allMinusExcludesTopologyFile, generatedParametersFile, networkContextFlags, regionalGuideFile,
} from "./testing/sources";
import { sampleEnhancedFile } from "./testing/fixtures";
import { QdqImportError, importQdq } from ".";

const STRAY = "zzStray";

/** Every object in `root`, by path, so a stray key can be put in each in turn. */
function objectPaths(root: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof root !== "object" || root === null) return [];
  const own = Array.isArray(root) ? [] : [path];
  return [...own, ...Object.entries(root).flatMap(([k, v]) => objectPaths(v, [...path, Array.isArray(root) ? Number(k) : k]))];
}

function withStray(root: unknown, path: readonly (string | number)[]): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path) node = node[key] as Record<string | number, unknown>;
  node[STRAY] = { count: 1 };
  return copy;
}

/** How the import dealt with the stray key: it refused, warned, or kept it in the document. */
function outcome(input: unknown): "refused" | "warned" | "kept" | "dropped" {
  try {
    const { document, warnings } = importQdq(input);
    if (warnings.some((w) => w.toLowerCase().includes(STRAY.toLowerCase()))) return "warned";
    return JSON.stringify(document).toLowerCase().includes(STRAY.toLowerCase()) ? "kept" : "dropped";
  } catch (error) {
    if (error instanceof QdqImportError) return "refused";
    throw error;
  }
}

describe.each([
  ["the regional guide example", regionalGuideFile()],
  ["Meridian's sample regional file", sampleEnhancedFile()],
  ["a TopologyFile", allMinusExcludesTopologyFile()],
  ["a generated topology.parameters.json", generatedParametersFile()],
  ["QDQ's NetworkContext flags", networkContextFlags()],
])("%s", (_label, file) => {
  it("has no place where a key can be dropped in silence", () => {
    const dropped = objectPaths(file).filter((path) => outcome(withStray(file, path)) === "dropped");
    expect(dropped.map((p) => p.join("."))).toEqual([]);
  });
});

// Which regions a topology.parameters.json or TopologyFile deploys to: its `regions` list, or, with the
// TopologyFile's `strategy: all-minus-excludes`, every Azure region of its `classification` but the
// `excludeRegions` (QDQ's resolveTopologyFromFile, resolved here against Meridian's catalog).

import { CLASSIFICATIONS, type Classification } from "../schema";
import { allMinusExcludes } from "./region-selection";
import { childPath, readOptionalEnum, readStringList, type Json } from "./read-fields";

const STRATEGIES = ["single", "multi-select", "all-minus-excludes"] as const;

export interface RegionSelection {
  /** Region keys, as a file would write them. */
  keys: string[];
  /** Where each key came from, for messages. */
  sources: string[];
  classification?: Classification;
  strategy?: (typeof STRATEGIES)[number];
}

export function readRegionSelection(root: Json, warnings: string[]): RegionSelection {
  const strategy = readOptionalEnum(root.strategy, STRATEGIES, "strategy");
  const classification = readOptionalEnum(root.classification, CLASSIFICATIONS, "classification");
  const excludes = root.excludeRegions === undefined || root.excludeRegions === null
    ? undefined
    : readStringList(root.excludeRegions, "excludeRegions");

  if (strategy === "all-minus-excludes") {
    if (classification === undefined) warnings.push("classification: none given for all-minus-excludes; used commercial, as QDQ does");
    if (root.regions !== undefined) warnings.push("regions: ignored, since all-minus-excludes chooses the regions (as QDQ does)");
    const chosen = classification ?? "commercial";
    const keys = allMinusExcludes(chosen, excludes ?? [], "excludeRegions", warnings);
    return { keys, sources: keys.map(() => "strategy"), classification: chosen, strategy };
  }

  const keys = root.regions === undefined ? [] : readStringList(root.regions, "regions");
  if (excludes !== undefined && excludes.length > 0) {
    warnings.push("excludeRegions: QDQ applies it only with strategy all-minus-excludes, so the regions list was imported as it is");
  }
  if (strategy === "single" && keys.length > 1) {
    warnings.push(`strategy: 'single', but the file lists ${keys.length} regions; all of them were imported`);
  }
  return {
    keys,
    sources: keys.map((_, i) => childPath("regions", i)),
    ...(classification !== undefined ? { classification } : {}),
    ...(strategy !== undefined ? { strategy } : {}),
  };
}

"use client";

import { useMemo } from "react";
import { priceTopology } from "@/lib/domain/cost";
import { rtt } from "@/lib/domain/latency";
import { createIncrementalValidator, type OrgPolicy, type RoundTrip, type ValidationResult } from "@/lib/domain/rules";
import type { TopologyDocument } from "@/lib/domain/schema";

export interface Analysis {
  validation: ValidationResult;
  monthlyUsd: number;
  /** How long the rule engine took on this document, shown in the status bar. */
  validationMs: number;
  rttBetween(a: string, b: string): RoundTrip | undefined;
}

/** Analyses one document as it is edited, each time from the previous analysis. */
export interface Analyzer {
  analyze(doc: TopologyDocument): Analysis;
}

/**
 * The rule engine (under the organisation's policy, as the server validates saves), cost and latency for a
 * document as it changes. Validation is incremental: after an edit only what the edit touched is checked
 * again. The cost estimate reads the network, regions, node groups and links, and round trips the regions,
 * so an edit that leaves those alone (moving things on the canvas) keeps them.
 */
export function createAnalyzer(policy?: OrgPolicy): Analyzer {
  const validator = createIncrementalValidator(policy ? { policy } : {});
  let cost: { inputs: readonly unknown[]; monthlyUsd: number } | undefined;
  let trips: { regions: TopologyDocument["regions"]; rttBetween: Analysis["rttBetween"] } | undefined;
  return {
    analyze(doc) {
      const started = performance.now();
      const validation = validator.validate(doc);
      const validationMs = performance.now() - started;
      const inputs = [doc.network, doc.regions, doc.nodeGroups, doc.links];
      if (!cost || inputs.some((x, i) => x !== cost!.inputs[i])) cost = { inputs, monthlyUsd: monthlyUsdOf(doc) };
      if (trips?.regions !== doc.regions) trips = { regions: doc.regions, rttBetween: roundTrips(doc) };
      return { validation, monthlyUsd: cost.monthlyUsd, validationMs, rttBetween: trips.rttBetween };
    },
  };
}

/** One document's analysis, from scratch. */
export function analyze(doc: TopologyDocument, policy?: OrgPolicy): Analysis {
  return createAnalyzer(policy).analyze(doc);
}

function monthlyUsdOf(doc: TopologyDocument): number {
  try {
    return priceTopology(doc).totalMonthlyUsd;
  } catch {
    // Unpriceable designs (e.g. unknown regions) are reported by the rules; the status bar shows "—".
    return Number.NaN;
  }
}

function roundTrips(doc: TopologyDocument): Analysis["rttBetween"] {
  const regions = new Map(doc.regions.map((r) => [r.id, r]));
  return (a, b) => {
    const ra = regions.get(a);
    const rb = regions.get(b);
    if (!ra || !rb) return undefined;
    try {
      return rtt({ provider: ra.provider, id: ra.region }, { provider: rb.provider, id: rb.region });
    } catch {
      return undefined;
    }
  };
}

/** The analysis of the document being edited: one analyser per policy, fed each new version of the document. */
export function useAnalysis(doc: TopologyDocument, policy?: OrgPolicy): Analysis {
  const analyzer = useMemo(() => createAnalyzer(policy), [policy]);
  return useMemo(() => analyzer.analyze(doc), [analyzer, doc]);
}

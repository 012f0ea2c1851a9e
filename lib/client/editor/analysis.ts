"use client";

import { useMemo } from "react";
import { priceTopology } from "@/lib/domain/cost";
import { rtt } from "@/lib/domain/latency";
import { validate, type OrgPolicy, type RoundTrip, type ValidationResult } from "@/lib/domain/rules";
import type { TopologyDocument } from "@/lib/domain/schema";

export interface Analysis {
  validation: ValidationResult;
  monthlyUsd: number;
  /** How long the rule engine took on this document, shown in the status bar. */
  validationMs: number;
  rttBetween(a: string, b: string): RoundTrip | undefined;
}

/**
 * The rule engine (under the organisation's policy, as the server validates saves), cost and latency
 * for the current document, recomputed whenever it changes.
 */
export function analyze(doc: TopologyDocument, policy?: OrgPolicy): Analysis {
  const started = performance.now();
  const validation = validate(doc, policy ? { policy } : {});
  const validationMs = performance.now() - started;
  let monthlyUsd = Number.NaN;
  try {
    monthlyUsd = priceTopology(doc).totalMonthlyUsd;
  } catch {
    // Unpriceable designs (e.g. unknown regions) are reported by the rules; the status bar shows "—".
  }
  const regions = new Map(doc.regions.map((r) => [r.id, r]));
  return {
    validation,
    monthlyUsd,
    validationMs,
    rttBetween(a, b) {
      const ra = regions.get(a);
      const rb = regions.get(b);
      if (!ra || !rb) return undefined;
      try {
        return rtt({ provider: ra.provider, id: ra.region }, { provider: rb.provider, id: rb.region });
      } catch {
        return undefined;
      }
    },
  };
}

export function useAnalysis(doc: TopologyDocument, policy?: OrgPolicy): Analysis {
  return useMemo(() => analyze(doc, policy), [doc, policy]);
}

// The printable account of an availability figure: the rule, the figures and their sources, the method, and
// what the number leaves out. Compliance reports print it as is (SOC 2 availability evidence).

import { CONSENSUS_LABELS } from "../../consensus";
import type { Consensus } from "../../schema";
import type { SampledOutcome } from "./monte-carlo";
import type { FailureEvent } from "./types";

export const MINUTES_PER_YEAR = 525_600;

const percent = (p: number) => `${+(p * 100).toFixed(4)}%`;
const scientific = (p: number) => (p === 0 ? "0" : p.toPrecision(3));
/** 1000000 -> "1,000,000", the same in every runtime (toLocaleString depends on the ICU data bundled). */
const grouped = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

export interface AssumptionInput {
  consensus: Consensus;
  validators: number;
  quorum: number;
  events: readonly FailureEvent[];
  leftOut: readonly string[];
  includeLinks: boolean;
  maxExactEvents: number;
  method: "exact" | "monte-carlo";
  haltsWithEverythingUp: boolean;
  seed?: number;
  sampled?: SampledOutcome;
}

export function describeAssumptions(input: AssumptionInput): string[] {
  const { events } = input;
  const lines = [
    ...(input.haltsWithEverythingUp
      ? [input.validators === 0
        ? "The design has no validators: it cannot produce blocks."
        : "The chain cannot produce blocks even with everything up: the validators that can reach each other fall short of the quorum."]
      : []),
    `Blocks are produced while the validators that are up and can still exchange messages reach the quorum: ${input.quorum} of ${input.validators} (${CONSENSUS_LABELS[input.consensus]}), the rule of the failure-domain analysis.`,
    "Each part's availability is its provider's SLA, a monthly uptime commitment, read as the chance it is up at a random moment. SLAs are commitments, not measurements.",
    "Failures are independent, except that losing a whole cloud takes all of its regions at once: each cloud's loss is an event of its own.",
    "A cloud region is up or down as a whole, at the weakest figure among the deployments its validators run on; two document regions in one cloud region are one event. A node group of two or more is taken as spread over availability zones, one of one as a single instance; Kubernetes as AKS Standard tier with zones, a regional GKE cluster, or EKS. Single nodes failing inside a region are not modelled.",
    input.includeLinks
      ? "Each VPN between clouds is an event of its own, up when the gateways on both sides are; peerings inside a cloud fail with their regions."
      : "VPNs between clouds are taken as always up.",
    ...events.map((e) => `${e.kind === "provider" ? "Cloud" : e.kind === "region" ? "Region" : "Link"} ${e.label}: ${percent(e.availabilityProbability)}. ${e.source.text}`),
  ];
  if (input.leftOut.length > 0) {
    lines.push(`Left out, as no validators run there and no path between validators crosses them: ${input.leftOut.join(", ")}.`);
  }
  lines.push(`Expected downtime is (1 - probability) x ${grouped(MINUTES_PER_YEAR)} minutes (a 365-day year).`);
  const s = input.sampled;
  if (input.method === "exact" || !s) {
    lines.push(`Method: exact, over every up/down combination of the ${events.length} events (combinations a smaller one already decides are summed without being visited).`);
  } else {
    lines.push(
      `Method: Monte Carlo, as ${events.length} events exceed the ${input.maxExactEvents} enumerated exactly. Combinations with at most one failure are computed exactly (unavailability ${scientific(s.exactPart)}); those with two or more (probability ${scientific(s.sampledMass)}) are sampled: ${grouped(s.trials)} trials from seed ${input.seed}, ${grouped(s.haltedTrials)} halted; 95% Wilson interval.`,
    );
  }
  lines.push("Not included: software faults, operator error, misbehaving validators, and downtime the SLAs themselves exclude (such as announced maintenance).");
  return lines;
}

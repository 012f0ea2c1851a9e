import type { TopologyDocument } from "../schema";
import { computeAvailability, PRODUCT_AVAILABILITY_TRIALS, type AvailabilityResult } from "../simulation/availability";
import type { PackResult, ReportAvailability } from "./types";

/** The trials every view of a design samples with, when it has too many failure events to enumerate. */
export const REPORT_AVAILABILITY_TRIALS = PRODUCT_AVAILABILITY_TRIALS;

const REGION_FAILURE_RULE = "compliance.soc2.region-failure";

/** The version's availability from the published SLAs, exactly or sampled as the engine chose, and how it was computed. */
export function reportAvailability(document: TopologyDocument, packs: readonly PackResult[]): ReportAvailability {
  return fromResult(computeAvailability(document, { trials: REPORT_AVAILABILITY_TRIALS }), packs);
}

function fromResult(r: AvailabilityResult, packs: readonly PackResult[]): ReportAvailability {
  const section: ReportAvailability = {
    method: r.method,
    probability: r.probability,
    downtimeMinutesPerYear: r.downtimeMinutesPerYear,
    validators: r.validators,
    quorum: r.quorum,
    events: r.events,
    assumptions: r.assumptions,
  };
  if (r.method === "monte-carlo") {
    // The engine sets all four with every sampled result; a report without them would state a figure's precision it does not have.
    if (r.trials === undefined || r.seed === undefined || !r.confidence95 || !r.downtimeMinutesPerYearConfidence95) {
      throw new Error("A Monte Carlo availability result came without its trials, seed and interval.");
    }
    section.sampling = { trials: r.trials, seed: r.seed, probabilityConfidence95: r.confidence95, downtimeMinutesPerYearConfidence95: r.downtimeMinutesPerYearConfidence95 };
  }
  if (r.mostLikelyOutage) section.mostLikelyOutage = r.mostLikelyOutage;
  const rule = packs.flatMap((p) => p.rules).find((x) => x.code === REGION_FAILURE_RULE);
  if (rule) section.regionFailureRule = { code: rule.code, status: rule.status };
  return section;
}

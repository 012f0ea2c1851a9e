import type { ValidationOptions } from "../rules";
import type { TopologyDocument } from "../schema";
import { availabilityDelta, costDelta, findingsDelta, toleranceDelta, type AvailabilityDelta, type CostDelta, type FindingsDelta, type ToleranceDelta } from "./impact-diff";
import { structuralDiff, type StructuralDiff } from "./structural-diff";

/** Two versions compared: what changed, and what it does to the bill, the failure tolerance, the expected downtime and the findings. */
export interface VersionComparison {
  from: number;
  to: number;
  structure: StructuralDiff;
  cost: CostDelta;
  tolerance: ToleranceDelta;
  availability: AvailabilityDelta;
  findings: FindingsDelta;
}

export interface VersionSide {
  number: number;
  document: TopologyDocument;
}

/** Pure: the same answer in the API, the review screen and the CLI. `options` carries the org policy. */
export function compareVersions(from: VersionSide, to: VersionSide, options: ValidationOptions = {}): VersionComparison {
  return {
    from: from.number,
    to: to.number,
    structure: structuralDiff(from.document, to.document),
    cost: costDelta(from.document, to.document),
    tolerance: toleranceDelta(from.document, to.document),
    availability: availabilityDelta(from.document, to.document, { before: `v${from.number}`, after: `v${to.number}` }),
    findings: findingsDelta(from.document, to.document, options),
  };
}

// A node group's monthly compute emissions from its VM size name, using the cost model's vCPU count for the
// size (listed sizes exactly; unlisted names resolved the way the cost panel resolves them, and flagged).

import { resolveSize, type SizeResolution } from "../cost/size-resolution";
import type { Provider } from "../region-key";
import { monthlyKgCo2e, type MonthlyFootprint } from "./energy-model";

export interface NodeGroupFootprint extends MonthlyFootprint {
  readonly vcpusPerNode: number;
  /** How the size's vCPU count was found ("listed" is exact). */
  readonly sizeResolution: SizeResolution;
}

export function nodeGroupMonthlyKgCo2e(provider: Provider, regionId: string, vmSize: string, nodeCount: number): NodeGroupFootprint {
  if (!Number.isInteger(nodeCount) || nodeCount < 0) throw new RangeError(`nodeCount must be a whole number >= 0, got ${nodeCount}`);
  const { spec, resolution } = resolveSize(provider, vmSize);
  return { ...monthlyKgCo2e(provider, regionId, spec.vcpu * nodeCount), vcpusPerNode: spec.vcpu, sizeResolution: resolution };
}

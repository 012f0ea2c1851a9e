// Carbon coefficients of the placement model: monthly kg CO2e of one node of each role in each candidate
// region, from the carbon model (grid intensity x compute energy) at the VM size the answer will use, so the
// model's carbon equals the decoded design's. Emissions are per node, so carbon is linear in the counts.

import { nodeGroupMonthlyKgCo2e } from "../carbon";
import { DEFAULT_VM_SIZE } from "../qdq/providers";
import type { Candidate } from "./candidates";

export interface RegionCarbon {
  readonly validatorKgCo2eMonth: number;
  readonly bootnodeKgCo2eMonth: number;
  readonly rpcKgCo2eMonth: number;
  /** The region's grid factor, g CO2e per kWh. */
  readonly gridGramsPerKwh: number;
  /** No published factor: the provider's average stands in for it. */
  readonly estimated: boolean;
}

export function carbonCoefficients(candidates: readonly Candidate[]): RegionCarbon[] {
  return candidates.map(({ info }) => {
    const sizes = DEFAULT_VM_SIZE[info.provider];
    const per = (size: string) => nodeGroupMonthlyKgCo2e(info.provider, info.id, size, 1);
    const validator = per(sizes.validator);
    return {
      validatorKgCo2eMonth: validator.kgCo2ePerMonth,
      bootnodeKgCo2eMonth: per(sizes.bootnode).kgCo2ePerMonth,
      rpcKgCo2eMonth: per(sizes.rpc).kgCo2ePerMonth,
      gridGramsPerKwh: validator.gridGramsPerKwh,
      estimated: validator.estimated,
    };
  });
}

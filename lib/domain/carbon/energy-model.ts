// A node's monthly compute emissions, Cloud Carbon Footprint's way:
//   watts per vCPU = min + utilisation x (max - min)
//   kWh per month  = watts per vCPU x vCPUs x 730 h / 1000
//   kg CO2e        = kWh x PUE x grid grams per kWh / 1000
// The grid factor is the region's published one, or the provider's average flagged as estimated.

import { HOURS_PER_MONTH } from "../cost/prices/sources";
import type { Provider } from "../region-key";
import { COMPUTE_ENERGY_COEFFICIENTS } from "./energy-coefficients";
import { carbonIntensityOrAverage } from "./intensity";
import type { CarbonSource } from "./types";

export interface MonthlyFootprint {
  readonly kgCo2ePerMonth: number;
  /** Energy the vCPUs draw, before the data centre's overhead (PUE). */
  readonly itKwhPerMonth: number;
  readonly gridGramsPerKwh: number;
  /** The grid factor is the provider's average, not the region's own. */
  readonly estimated: boolean;
  readonly note?: string;
  readonly intensitySource: CarbonSource;
  readonly energySource: CarbonSource;
}

/** Average watts one vCPU of this provider draws at the assumed utilisation. */
export function averageWattsPerVcpu(provider: Provider): number {
  const c = COMPUTE_ENERGY_COEFFICIENTS[provider];
  return c.minWattsPerVcpu + c.utilisationFraction * (c.maxWattsPerVcpu - c.minWattsPerVcpu);
}

/** Monthly kg CO2e of `vcpus` always-on vCPUs in a region (vcpus may be a total over several nodes). */
export function monthlyKgCo2e(provider: Provider, regionId: string, vcpus: number): MonthlyFootprint {
  if (!Number.isFinite(vcpus) || vcpus < 0) throw new RangeError(`vcpus must be a finite number >= 0, got ${vcpus}`);
  const coefficients = COMPUTE_ENERGY_COEFFICIENTS[provider];
  const grid = carbonIntensityOrAverage(provider, regionId);
  const itKwhPerMonth = (averageWattsPerVcpu(provider) * vcpus * HOURS_PER_MONTH) / 1000;
  const kgCo2ePerMonth = (itKwhPerMonth * coefficients.powerUsageEffectiveness * grid.gramsPerKwh) / 1000;
  return {
    kgCo2ePerMonth,
    itKwhPerMonth,
    gridGramsPerKwh: grid.gramsPerKwh,
    estimated: grid.estimated,
    ...(grid.note ? { note: grid.note } : {}),
    intensitySource: grid.source,
    energySource: coefficients.source,
  };
}

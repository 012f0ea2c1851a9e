// Carbon for the optimiser: grid intensity per region (published tables, with attribution) and a small model of
// a node's compute energy, giving monthly kg CO2e per placement.

import { ENERGY_SOURCES } from "./energy-coefficients";
import { INTENSITY_SOURCES } from "./intensity-data";
import type { CarbonSource } from "./types";

export type { CarbonSource, IntensityTable, IntensityTables, RegionIntensityRow } from "./types";
export { INTENSITY_TABLES, US_NERC_GRAMS_PER_KWH, type UsNercRegion } from "./intensity-data";
export { COMPUTE_ENERGY_COEFFICIENTS, type ComputeEnergyCoefficients } from "./energy-coefficients";
export {
  carbonIntensity,
  carbonIntensityOrAverage,
  providerAverageIntensity,
  type CarbonIntensity,
  type EstimatedCarbonIntensity,
  type ProviderAverageIntensity,
} from "./intensity";
export { averageWattsPerVcpu, monthlyKgCo2e, type MonthlyFootprint } from "./energy-model";
export { nodeGroupMonthlyKgCo2e, type NodeGroupFootprint } from "./node-footprint";

/** One attribution line per source the carbon figures come from, for reports and the data README. */
export function attributionLine(source: CarbonSource): string {
  return `${source.title}. ${source.reference}. ${source.url}. Licence: ${source.licence}. Figures: ${source.factorsYear}. Extracted ${source.extractedOn}.`;
}

export const CARBON_SOURCES: readonly string[] = Object.freeze([...INTENSITY_SOURCES, ...ENERGY_SOURCES].map(attributionLine));

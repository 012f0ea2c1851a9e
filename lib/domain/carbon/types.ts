// Shapes shared by the carbon tables and the energy model: every figure points at where it was published.

import type { Provider } from "../region-key";

/** A publication a carbon figure was taken from, with enough detail to find the exact value again. */
export interface CarbonSource {
  readonly id: string;
  /** What the figures are, and who publishes them. */
  readonly title: string;
  /** Package, version, file and constant; or document title and data file. */
  readonly reference: string;
  readonly url: string;
  readonly licence: string;
  /** The year the figures describe, or why it is not known. */
  readonly factorsYear: string;
  /** When the figures were copied into Meridian, YYYY-MM-DD. */
  readonly extractedOn: string;
}

/** One region's grid carbon intensity as published (location-based, gross: no renewable certificates). */
export interface RegionIntensityRow {
  readonly gramsPerKwh: number;
  readonly source: CarbonSource;
}

/** Provider region id ("eu-west-1", "westeurope", "europe-west1") to its published intensity. */
export type IntensityTable = Readonly<Record<string, RegionIntensityRow>>;

export type IntensityTables = Readonly<Record<Provider, IntensityTable>>;

// Looking up a region's grid carbon intensity. A region without a published factor is priced at its provider's
// average and flagged `estimated`: a silent zero would make the dirtiest unknown region look like the cleanest.

import { PROVIDERS, PROVIDER_LABELS, type Provider } from "../region-key";
import { INTENSITY_TABLES } from "./intensity-data";
import type { CarbonSource } from "./types";

export interface CarbonIntensity {
  readonly gramsPerKwh: number;
  readonly source: CarbonSource;
}

export interface EstimatedCarbonIntensity extends CarbonIntensity {
  /** True when the region has no published factor and gramsPerKwh is the provider's average. */
  readonly estimated: boolean;
  /** Why the figure is an estimate; absent for published factors. */
  readonly note?: string;
}

export interface ProviderAverageIntensity {
  /** Plain mean over the provider's regions that have a published factor. */
  readonly gramsPerKwh: number;
  readonly regionCount: number;
  /** The table most of those regions come from. */
  readonly source: CarbonSource;
}

/** The published intensity of a provider's region, or undefined when none is published. */
export function carbonIntensity(provider: Provider, regionId: string): CarbonIntensity | undefined {
  const row = Object.hasOwn(INTENSITY_TABLES[provider], regionId) ? INTENSITY_TABLES[provider][regionId] : undefined;
  return row ? { gramsPerKwh: row.gramsPerKwh, source: row.source } : undefined;
}

const AVERAGES: Readonly<Record<Provider, ProviderAverageIntensity>> = Object.freeze(
  Object.fromEntries(PROVIDERS.map((p) => [p, averageOf(p)])) as Record<Provider, ProviderAverageIntensity>,
);

export function providerAverageIntensity(provider: Provider): ProviderAverageIntensity {
  return AVERAGES[provider];
}

/** The published intensity, or the provider's average flagged as an estimate. Never undefined, never zero by default. */
export function carbonIntensityOrAverage(provider: Provider, regionId: string): EstimatedCarbonIntensity {
  const published = carbonIntensity(provider, regionId);
  if (published) return { ...published, estimated: false };
  const average = AVERAGES[provider];
  return {
    gramsPerKwh: average.gramsPerKwh,
    source: average.source,
    estimated: true,
    note: `No published grid factor for ${provider}:${regionId}; estimated as the mean of the ${average.regionCount} ${PROVIDER_LABELS[provider]} regions that have one (${average.gramsPerKwh.toFixed(1)} gCO2e/kWh).`,
  };
}

function averageOf(provider: Provider): ProviderAverageIntensity {
  const rows = Object.values(INTENSITY_TABLES[provider]);
  if (rows.length === 0) throw new Error(`No carbon intensity rows for ${provider}`);
  const counts = new Map<CarbonSource, number>();
  for (const r of rows) counts.set(r.source, (counts.get(r.source) ?? 0) + 1);
  const [source] = [...counts.entries()].reduce((best, next) => (next[1] > best[1] ? next : best));
  return { gramsPerKwh: rows.reduce((sum, r) => sum + r.gramsPerKwh, 0) / rows.length, regionCount: rows.length, source };
}

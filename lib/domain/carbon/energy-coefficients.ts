// How much power a vCPU draws, per cloud, as Cloud Carbon Footprint estimates it when the processor is unknown:
// min and max watts per vCPU from the SPECpower database (averaged or, for Google Cloud, the median over the
// provider's processors), the 50% average server utilisation it assumes for hyperscale data centres, and each
// provider's power usage effectiveness. Memory, storage, network and embodied emissions are left out: a node's
// compute is what differs between placements, and the optimiser compares placements.

import type { Provider } from "../region-key";
import type { CarbonSource } from "./types";

export interface ComputeEnergyCoefficients {
  /** Watts one vCPU draws at 0% CPU utilisation. */
  readonly minWattsPerVcpu: number;
  /** Watts one vCPU draws at 100% CPU utilisation. */
  readonly maxWattsPerVcpu: number;
  /** Assumed average CPU utilisation, 0..1. */
  readonly utilisationFraction: number;
  /** Facility energy over IT energy. */
  readonly powerUsageEffectiveness: number;
  readonly source: CarbonSource;
}

const EXTRACTED_ON = "2026-12-08";
const FACTORS_YEAR = "SPECpower coefficients and the 2020 utilisation projection of the 2016 US Data Center Energy Usage Report, as CCF states";

export const CCF_AWS_ENERGY_SOURCE: CarbonSource = {
  id: "ccf-aws-energy",
  title: "Cloud Carbon Footprint: AWS compute energy coefficients (MIN_WATTS_AVG, MAX_WATTS_AVG, AVG_CPU_UTILIZATION_2020, PUE_AVG)",
  reference: "@cloud-carbon-footprint/aws 0.15.0, src/domain/AwsFootprintEstimationConstants.ts (AWS_CLOUD_CONSTANTS)",
  url: "https://www.npmjs.com/package/@cloud-carbon-footprint/aws",
  licence: "Apache-2.0 (Thoughtworks, Inc.)",
  factorsYear: FACTORS_YEAR,
  extractedOn: EXTRACTED_ON,
};

export const CCF_AZURE_ENERGY_SOURCE: CarbonSource = {
  id: "ccf-azure-energy",
  title: "Cloud Carbon Footprint: Azure compute energy coefficients (MIN_WATTS_AVG, MAX_WATTS_AVG, AVG_CPU_UTILIZATION_2020, PUE_AVG)",
  reference: "@cloud-carbon-footprint/azure 1.8.0, src/domain/AzureFootprintEstimationConstants.ts (AZURE_CLOUD_CONSTANTS)",
  url: "https://www.npmjs.com/package/@cloud-carbon-footprint/azure",
  licence: "Apache-2.0 (Thoughtworks, Inc.)",
  factorsYear: FACTORS_YEAR,
  extractedOn: EXTRACTED_ON,
};

/** CCF's Google Cloud package is not published to npm; its constants are read from the project's repository. */
export const CCF_GCP_ENERGY_SOURCE: CarbonSource = {
  id: "ccf-gcp-energy",
  title: "Cloud Carbon Footprint: Google Cloud compute energy coefficients (MIN_WATTS_MEDIAN, MAX_WATTS_MEDIAN, AVG_CPU_UTILIZATION_2020, PUE_AVG)",
  reference:
    "cloud-carbon-footprint/cloud-carbon-footprint, packages/gcp/src/domain/GcpFootprintEstimationConstants.ts (GCP_CLOUD_CONSTANTS) at commit 8027bcb3ed5317d95e71eefb541e83f6bf82b158",
  url: "https://github.com/cloud-carbon-footprint/cloud-carbon-footprint/blob/8027bcb3ed5317d95e71eefb541e83f6bf82b158/packages/gcp/src/domain/GcpFootprintEstimationConstants.ts",
  licence: "Apache-2.0 (Thoughtworks, Inc.)",
  factorsYear: FACTORS_YEAR,
  extractedOn: EXTRACTED_ON,
};

export const COMPUTE_ENERGY_COEFFICIENTS: Readonly<Record<Provider, ComputeEnergyCoefficients>> = Object.freeze({
  azure: { minWattsPerVcpu: 0.74, maxWattsPerVcpu: 3.54, utilisationFraction: 0.5, powerUsageEffectiveness: 1.185, source: CCF_AZURE_ENERGY_SOURCE },
  aws: { minWattsPerVcpu: 0.74, maxWattsPerVcpu: 3.5, utilisationFraction: 0.5, powerUsageEffectiveness: 1.135, source: CCF_AWS_ENERGY_SOURCE },
  gcp: { minWattsPerVcpu: 0.71, maxWattsPerVcpu: 4.26, utilisationFraction: 0.5, powerUsageEffectiveness: 1.1, source: CCF_GCP_ENERGY_SOURCE },
});

export const ENERGY_SOURCES: readonly CarbonSource[] = Object.freeze([CCF_AZURE_ENERGY_SOURCE, CCF_AWS_ENERGY_SOURCE, CCF_GCP_ENERGY_SOURCE]);

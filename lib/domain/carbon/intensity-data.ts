// Grid carbon intensity per catalog region, in grams of CO2e per kWh, copied from published tables (extracted
// 2026-12-08 from the sources below; never fetched at run time). Location-based gross figures: what the local
// grid emits, before any renewable certificates the provider buys, so regions compare on the same footing.
// A catalog region missing here has no published factor; the lookup then estimates it and says so.
//
// Cloud Carbon Footprint publishes tonnes per kWh; the values below are those times 1,000,000.

import type { CarbonSource, IntensityTable, IntensityTables, RegionIntensityRow } from "./types";

const EXTRACTED_ON = "2026-12-08";

export const CCF_AWS_INTENSITY_SOURCE: CarbonSource = {
  id: "ccf-aws-grid",
  title: "Cloud Carbon Footprint: grid emission factors for AWS regions",
  reference: "@cloud-carbon-footprint/aws 0.15.0, src/domain/AwsFootprintEstimationConstants.ts (AWS_EMISSIONS_FACTORS_METRIC_TON_PER_KWH)",
  url: "https://www.npmjs.com/package/@cloud-carbon-footprint/aws",
  licence: "Apache-2.0 (Thoughtworks, Inc.)",
  factorsYear: "not stated in the package; CCF's methodology cites carbonfootprint.com country factors, and EEA factors for most of Europe",
  extractedOn: EXTRACTED_ON,
};

export const CCF_AZURE_INTENSITY_SOURCE: CarbonSource = {
  id: "ccf-azure-grid",
  title: "Cloud Carbon Footprint: grid emission factors for Azure regions",
  reference: "@cloud-carbon-footprint/azure 1.8.0, src/domain/AzureFootprintEstimationConstants.ts (AZURE_EMISSIONS_FACTORS_METRIC_TON_PER_KWH)",
  url: "https://www.npmjs.com/package/@cloud-carbon-footprint/azure",
  licence: "Apache-2.0 (Thoughtworks, Inc.)",
  factorsYear: "not stated in the package; CCF's methodology cites carbonfootprint.com country factors, and EEA factors for most of Europe",
  extractedOn: EXTRACTED_ON,
};

/** US regions: the AWS and Azure tables name a NERC region; its factor comes from CCF's core package. */
export const CCF_US_NERC_INTENSITY_SOURCE: CarbonSource = {
  id: "ccf-us-nerc",
  title: "Cloud Carbon Footprint: US NERC region emission factors (region to NERC region as in the AWS and Azure tables)",
  reference: "@cloud-carbon-footprint/core 1.0.0, src/FootprintEstimationConstants.ts (US_NERC_REGIONS_EMISSIONS_FACTORS)",
  url: "https://www.npmjs.com/package/@cloud-carbon-footprint/core",
  licence: "Apache-2.0 (Thoughtworks, Inc.)",
  factorsYear: "not stated in the package; CCF's methodology cites EPA eGRID annual NERC-region factors",
  extractedOn: EXTRACTED_ON,
};

export const GOOGLE_INTENSITY_SOURCE: CarbonSource = {
  id: "google-region-carbon-2025",
  title: "Google Cloud: Carbon free energy for Google Cloud regions (grid carbon intensity, gCO2eq/kWh)",
  reference: "GoogleCloudPlatform/region-carbon-info, data/yearly/2025.csv",
  url: "https://cloud.google.com/sustainability/region-carbon",
  licence: "CC BY 4.0 (Google's documentation licence; the data repository itself carries no licence file)",
  factorsYear: "2025",
  extractedOn: EXTRACTED_ON,
};

/** Annual factors of US NERC regions, grams CO2e per kWh. */
export const US_NERC_GRAMS_PER_KWH = {
  RFC: 376.1283186,
  SERC: 365.1277965,
  WECC: 298.6502059,
  TRE: 334.1569631,
  MRO: 390.9916334,
} as const;
export type UsNercRegion = keyof typeof US_NERC_GRAMS_PER_KWH;

const nerc = (region: UsNercRegion): RegionIntensityRow => ({ gramsPerKwh: US_NERC_GRAMS_PER_KWH[region], source: CCF_US_NERC_INTENSITY_SOURCE });

function table(source: CarbonSource, build: (row: (gramsPerKwh: number) => RegionIntensityRow) => Record<string, RegionIntensityRow>): IntensityTable {
  return Object.freeze(build((gramsPerKwh) => ({ gramsPerKwh, source })));
}

export const AWS_INTENSITY: IntensityTable = table(CCF_AWS_INTENSITY_SOURCE, (ccf) => ({
  "us-east-1": nerc("SERC"),
  "us-east-2": nerc("RFC"),
  "us-west-1": nerc("WECC"),
  "us-west-2": nerc("WECC"),
  "ca-central-1": ccf(120),
  "sa-east-1": ccf(61.7),
  "eu-west-1": ccf(278.6),
  "eu-west-2": ccf(225),
  "eu-west-3": ccf(51.1),
  "eu-central-1": ccf(311),
  "eu-south-1": ccf(213.4),
  "eu-north-1": ccf(8.8),
  "me-south-1": ccf(505.9),
  "me-central-1": ccf(404.1),
  "af-south-1": ccf(900.6),
  "ap-east-1": ccf(710),
  "ap-northeast-1": ccf(465.8),
  "ap-northeast-2": ccf(415.6),
  "ap-northeast-3": ccf(465.8),
  "ap-south-1": ccf(708.2),
  "ap-southeast-1": ccf(408),
  "ap-southeast-2": ccf(760),
  "ap-southeast-3": ccf(717.7),
  "us-gov-west-1": nerc("WECC"),
  "us-gov-east-1": nerc("SERC"),
  "cn-north-1": ccf(537.4),
  "cn-northwest-1": ccf(537.4),
}));

export const AZURE_INTENSITY: IntensityTable = table(CCF_AZURE_INTENSITY_SOURCE, (ccf) => ({
  "eastus": nerc("SERC"),
  "eastus2": nerc("SERC"),
  "centralus": nerc("MRO"),
  "northcentralus": nerc("RFC"),
  "southcentralus": nerc("TRE"),
  "westcentralus": nerc("WECC"),
  "westus": nerc("WECC"),
  "westus2": nerc("WECC"),
  "westus3": nerc("WECC"),
  "canadacentral": ccf(120),
  "canadaeast": ccf(120),
  "brazilsouth": ccf(61.7),
  "brazilsoutheast": ccf(61.7),
  "northeurope": ccf(278.6),
  "westeurope": ccf(328.4),
  "uksouth": ccf(225),
  "ukwest": ccf(225),
  "francecentral": ccf(51.28),
  "francesouth": ccf(51.28),
  "germanywestcentral": ccf(338.66),
  "germanynorth": ccf(338.66),
  "switzerlandnorth": ccf(11.52),
  "switzerlandwest": ccf(11.52),
  "norwayeast": ccf(7.62),
  "norwaywest": ccf(7.62),
  "swedencentral": ccf(5.67),
  "uaenorth": ccf(404.1),
  "uaecentral": ccf(404.1),
  "southafricanorth": ccf(900.6),
  "southafricawest": ccf(900.6),
  "eastasia": ccf(710),
  "southeastasia": ccf(408),
  "japaneast": ccf(465.8),
  "japanwest": ccf(465.8),
  "koreacentral": ccf(415.6),
  "koreasouth": ccf(415.6),
  "australiaeast": ccf(790),
  "australiasoutheast": ccf(960),
  "australiacentral": ccf(790),
  "australiacentral2": ccf(790),
  "centralindia": ccf(708.2),
  "southindia": ccf(708.2),
  "westindia": ccf(708.2),
  "jioindiawest": ccf(708.2),
  "jioindiacentral": ccf(708.2),
}));

export const GCP_INTENSITY: IntensityTable = table(GOOGLE_INTENSITY_SOURCE, (google) => ({
  "us-central1": google(431.95),
  "us-east1": google(579.44),
  "us-east4": google(343.48),
  "us-east5": google(343.48),
  "us-south1": google(299.13),
  "us-west1": google(97.85),
  "us-west2": google(149.91),
  "us-west3": google(567.51),
  "us-west4": google(360),
  "northamerica-northeast1": google(11.36),
  "northamerica-northeast2": google(74.2),
  "northamerica-south1": google(293.25),
  "southamerica-east1": google(73.25),
  "southamerica-west1": google(209.94),
  "europe-west1": google(126.43),
  "europe-west2": google(109.39),
  "europe-west3": google(275.81),
  "europe-west4": google(194.35),
  "europe-west6": google(21.2),
  "europe-west8": google(202.03),
  "europe-west9": google(15.83),
  "europe-west10": google(275.81),
  "europe-west12": google(202.03),
  "europe-north1": google(29.84),
  "europe-north2": google(19.39),
  "europe-central2": google(498.57),
  "europe-southwest1": google(95.75),
  "me-central1": google(370),
  "me-central2": google(381.29),
  "me-west1": google(380.95),
  "africa-south1": google(641.42),
  "asia-east1": google(427.95),
  "asia-east2": google(488.52),
  "asia-northeast1": google(449.23),
  "asia-northeast2": google(298.92),
  "asia-northeast3": google(359.05),
  "asia-south1": google(598.45),
  "asia-south2": google(472.55),
  "asia-southeast1": google(365.66),
  "asia-southeast2": google(587.8),
  "australia-southeast1": google(468.34),
  "australia-southeast2": google(415.89),
}));

export const INTENSITY_TABLES: IntensityTables = Object.freeze({ azure: AZURE_INTENSITY, aws: AWS_INTENSITY, gcp: GCP_INTENSITY });

export const INTENSITY_SOURCES: readonly CarbonSource[] = Object.freeze([
  CCF_AWS_INTENSITY_SOURCE,
  CCF_AZURE_INTENSITY_SOURCE,
  CCF_US_NERC_INTENSITY_SOURCE,
  GOOGLE_INTENSITY_SOURCE,
]);

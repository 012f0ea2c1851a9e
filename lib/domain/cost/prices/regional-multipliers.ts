// How much a region's list prices differ from its provider's reference region (eastus, us-east-1, us-central1).
// One figure per region: the ratio of a general-purpose size's on-demand Linux price there to the reference
// (Azure Standard_D4s_v5, AWS m6i.xlarge, GCP n2-standard-4), rounded to 0.01. Compute, disks and container
// services are scaled by the same ratio; providers' disk ratios differ a little from their VM ratios.
// Sources: the price lists in PRICE_SOURCES, compiled 2026-11. China regions: CNY list prices converted at
// 7.1 CNY/USD, approximate. Regions missing here get GEOGRAPHY_DEFAULT_MULTIPLIERS (or the sovereign-cloud
// default) and the cost model reports that price as a "geography-default" figure.

import type { Geography, RegionClassification } from "../../catalog/types";
import type { Provider } from "../../schema/enums";

export const AZURE_REGION_MULTIPLIERS: Readonly<Record<string, number>> = {
  eastus: 1.0, eastus2: 1.0, westus2: 1.0, westus3: 1.0,
  centralus: 1.1, northcentralus: 1.1, southcentralus: 1.1, westcentralus: 1.1, westus: 1.2,
  canadacentral: 1.1, canadaeast: 1.1, mexicocentral: 1.2,
  brazilsouth: 1.55, brazilsoutheast: 1.85,
  northeurope: 1.1, westeurope: 1.2, uksouth: 1.16, ukwest: 1.2, francecentral: 1.2, francesouth: 1.5,
  germanywestcentral: 1.2, germanynorth: 1.45, switzerlandnorth: 1.3, switzerlandwest: 1.6,
  norwayeast: 1.3, swedencentral: 1.07, polandcentral: 1.2, italynorth: 1.2, spaincentral: 1.15,
  uaenorth: 1.25, qatarcentral: 1.25, israelcentral: 1.3, southafricanorth: 1.3,
  eastasia: 1.45, southeastasia: 1.2, japaneast: 1.3, japanwest: 1.35, koreacentral: 1.2, koreasouth: 1.15,
  australiaeast: 1.25, australiasoutheast: 1.25, centralindia: 1.1, southindia: 1.15, westindia: 1.2,
  usgovvirginia: 1.25, usgovtexas: 1.25, usgovarizona: 1.25, usdodcentral: 1.3, usdodeast: 1.3,
  chinaeast2: 1.3, chinanorth2: 1.3, chinanorth3: 1.3, chinaeast3: 1.3,
};

export const AWS_REGION_MULTIPLIERS: Readonly<Record<string, number>> = {
  "us-east-1": 1.0, "us-east-2": 1.0, "us-west-2": 1.0, "us-west-1": 1.17,
  "ca-central-1": 1.11, "ca-west-1": 1.11, "mx-central-1": 1.2, "sa-east-1": 1.59,
  "eu-west-1": 1.11, "eu-west-2": 1.16, "eu-west-3": 1.17, "eu-central-1": 1.2, "eu-central-2": 1.32,
  "eu-north-1": 1.06, "eu-south-1": 1.17, "eu-south-2": 1.12,
  "me-south-1": 1.23, "me-central-1": 1.23, "il-central-1": 1.22, "af-south-1": 1.32,
  "ap-east-1": 1.38, "ap-northeast-1": 1.29, "ap-northeast-2": 1.23, "ap-northeast-3": 1.29,
  "ap-south-1": 1.05, "ap-south-2": 1.05, "ap-southeast-1": 1.25, "ap-southeast-2": 1.25,
  "ap-southeast-3": 1.25, "ap-southeast-4": 1.25,
  "us-gov-west-1": 1.26, "us-gov-east-1": 1.26,
  "cn-north-1": 1.3, "cn-northwest-1": 1.2,
};

export const GCP_REGION_MULTIPLIERS: Readonly<Record<string, number>> = {
  "us-central1": 1.0, "us-east1": 1.0, "us-west1": 1.0, "us-east4": 1.13, "us-east5": 1.0, "us-south1": 1.18,
  "us-west2": 1.2, "us-west3": 1.2, "us-west4": 1.13,
  "northamerica-northeast1": 1.1, "northamerica-northeast2": 1.1,
  "southamerica-east1": 1.59, "southamerica-west1": 1.43,
  "europe-west1": 1.1, "europe-west2": 1.29, "europe-west3": 1.29, "europe-west4": 1.1, "europe-west6": 1.4,
  "europe-west8": 1.2, "europe-west9": 1.2, "europe-west10": 1.29, "europe-west12": 1.2, "europe-north1": 1.1,
  "europe-central2": 1.29, "europe-southwest1": 1.2,
  "me-central1": 1.2, "me-central2": 1.3, "me-west1": 1.1, "africa-south1": 1.3,
  "asia-east1": 1.1, "asia-east2": 1.4, "asia-northeast1": 1.29, "asia-northeast2": 1.29, "asia-northeast3": 1.29,
  "asia-south1": 1.2, "asia-south2": 1.2, "asia-southeast1": 1.23, "asia-southeast2": 1.35,
  "australia-southeast1": 1.42, "australia-southeast2": 1.42,
};

export const REGION_MULTIPLIERS: Readonly<Record<Provider, Readonly<Record<string, number>>>> = {
  azure: AZURE_REGION_MULTIPLIERS,
  aws: AWS_REGION_MULTIPLIERS,
  gcp: GCP_REGION_MULTIPLIERS,
};

/** A typical ratio for a region of that geography without its own figure (the middle of the listed ones). */
export const GEOGRAPHY_DEFAULT_MULTIPLIERS: Readonly<Record<Geography, number>> = {
  "United States": 1.1,
  Canada: 1.1,
  Mexico: 1.2,
  "South America": 1.55,
  Europe: 1.2,
  "Middle East": 1.25,
  Africa: 1.3,
  "Asia Pacific": 1.3,
  China: 1.3,
};

/** Sovereign clouds cost more than the commercial regions of the same geography; these win over geography. */
export const SOVEREIGN_DEFAULT_MULTIPLIERS: Readonly<Partial<Record<RegionClassification, number>>> = {
  gov: 1.25,
  dod: 1.3,
  china: 1.3,
};

/** For a region that not even the catalog knows: price it like the reference region and say so. */
export const UNKNOWN_REGION_MULTIPLIER = 1.0;

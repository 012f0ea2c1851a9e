// Google Cloud price level per region: the on-demand n2-standard-4 price there (no sustained-use discount)
// divided by Iowa (us-central1)'s, rounded to 0.01. Compiled from the public price lists (Compute Engine
// pricing) as of 2026-11. Figures marked "approx." are not the region's own list price: they are approximated
// from the nearest priced region, which each comment names.

export const GCP_REGION_MULTIPLIERS: Readonly<Record<string, number>> = {
  // Americas
  "us-central1": 1.0, "us-east1": 1.0, "us-west1": 1.0, "us-east4": 1.13, "us-east5": 1.0, "us-south1": 1.18,
  "us-west2": 1.2, "us-west3": 1.2, "us-west4": 1.13,
  "northamerica-northeast1": 1.1, "northamerica-northeast2": 1.1,
  "northamerica-south1": 1.18, // approx.: Queretaro, from the nearest priced region, us-south1 (Dallas)
  "southamerica-east1": 1.59, "southamerica-west1": 1.43,
  // Europe
  "europe-west1": 1.1, "europe-west2": 1.29, "europe-west3": 1.29, "europe-west4": 1.1, "europe-west6": 1.4,
  "europe-west8": 1.2, "europe-west9": 1.2, "europe-west10": 1.29, "europe-west12": 1.2, "europe-north1": 1.1,
  "europe-central2": 1.29, "europe-southwest1": 1.2,
  "europe-north2": 1.1, // approx.: Stockholm, from the nearest priced region, europe-north1 (Finland)
  // Middle East and Africa
  "me-central1": 1.2, "me-central2": 1.3, "me-west1": 1.1, "africa-south1": 1.3,
  // Asia Pacific
  "asia-east1": 1.1, "asia-east2": 1.4, "asia-northeast1": 1.29, "asia-northeast2": 1.29, "asia-northeast3": 1.29,
  "asia-south1": 1.2, "asia-south2": 1.2, "asia-southeast1": 1.23, "asia-southeast2": 1.35,
  "australia-southeast1": 1.42, "australia-southeast2": 1.42,
};

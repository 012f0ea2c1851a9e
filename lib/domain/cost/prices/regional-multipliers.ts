// How much a region's list prices differ from its provider's reference region (eastus, us-east-1, us-central1).
// One figure per region: the ratio of a general-purpose size's on-demand Linux price there to the reference
// (Azure Standard_D4s_v5, AWS m6i.xlarge, GCP n2-standard-4), rounded to 0.01. Compute, disks and container
// services are scaled by the same ratio; providers' disk ratios differ a little from their VM ratios.
// Compiled from the public price lists in PRICE_SOURCES as of 2026-11 (not fetched live: see sources.ts); newer
// regions without their own figure are approximated from the nearest priced region, marked "approx." in the
// per-provider files with the region used.
// Every region of Meridian's catalogs has a figure (regional-multipliers.test.ts keeps it so). A region of
// another catalog without one gets GEOGRAPHY_DEFAULT_MULTIPLIERS (or the sovereign-cloud default), reported as
// "geography-default"; a region no catalog knows is priced at UNKNOWN_REGION_MULTIPLIER, reported as "unpriced".

import type { Geography, RegionClassification } from "../../catalog/types";
import type { Provider } from "../../schema/enums";
import { AWS_REGION_MULTIPLIERS } from "./regional-multipliers-aws";
import { AZURE_REGION_MULTIPLIERS } from "./regional-multipliers-azure";
import { GCP_REGION_MULTIPLIERS } from "./regional-multipliers-gcp";

export { AWS_REGION_MULTIPLIERS, AZURE_REGION_MULTIPLIERS, GCP_REGION_MULTIPLIERS };

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

/** For a region that not even the catalog knows: price it like the reference region and flag it "unpriced". */
export const UNKNOWN_REGION_MULTIPLIER = 1.0;

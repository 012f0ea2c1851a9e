// Google Cloud regions: all public regions (Google Cloud has no separate government or China cloud;
// sovereign controls come from Assured Workloads inside these regions, so every row is "commercial").
// Sources (public Google Cloud documentation): "Geography and regions" and "Regions and zones"
// (Compute Engine documentation), "Cloud locations". Compiled 2026-11 (as of the compiler's knowledge).
// Coordinates are approximate city coordinates of the location Google names.
// Zones: 3 per region, us-central1 has 4. displayName is Google's region description ("Belgium").
// Not listed: announced-but-unopened regions.

import { defineRegions } from "./define-region";
import type { CatalogSource } from "./types";

export const GCP_CATALOG_SOURCE: CatalogSource = {
  provider: "gcp",
  compiled: "2026-11",
  documents: [
    { title: "Google Cloud: Regions and zones (Compute Engine)", url: "https://cloud.google.com/compute/docs/regions-zones" },
    { title: "Google Cloud: Geography and regions", url: "https://cloud.google.com/docs/geography-and-regions" },
    { title: "Google Cloud locations", url: "https://cloud.google.com/about/locations" },
  ],
  notes: [
    "Coordinates are approximate city coordinates.",
    "Zones: 3 per region except us-central1 (4).",
  ],
};

export const GCP_REGIONS = defineRegions("gcp", [
  // United States
  { id: "us-central1", displayName: "Iowa", country: "US", city: "Council Bluffs, Iowa", lat: 41.26, lon: -95.86, geography: "United States", availabilityZones: 4 },
  { id: "us-east1", displayName: "South Carolina", country: "US", city: "Moncks Corner, South Carolina", lat: 33.2, lon: -80.01, geography: "United States", availabilityZones: 3 },
  { id: "us-east4", displayName: "Northern Virginia", country: "US", city: "Ashburn, Virginia", lat: 39.04, lon: -77.49, geography: "United States", availabilityZones: 3 },
  { id: "us-east5", displayName: "Columbus", country: "US", city: "Columbus, Ohio", lat: 39.96, lon: -83.0, geography: "United States", availabilityZones: 3 },
  { id: "us-south1", displayName: "Dallas", country: "US", city: "Dallas, Texas", lat: 32.78, lon: -96.8, geography: "United States", availabilityZones: 3 },
  { id: "us-west1", displayName: "Oregon", country: "US", city: "The Dalles, Oregon", lat: 45.59, lon: -121.18, geography: "United States", availabilityZones: 3 },
  { id: "us-west2", displayName: "Los Angeles", country: "US", city: "Los Angeles, California", lat: 34.05, lon: -118.24, geography: "United States", availabilityZones: 3 },
  { id: "us-west3", displayName: "Salt Lake City", country: "US", city: "Salt Lake City, Utah", lat: 40.76, lon: -111.89, geography: "United States", availabilityZones: 3 },
  { id: "us-west4", displayName: "Las Vegas", country: "US", city: "Las Vegas, Nevada", lat: 36.17, lon: -115.14, geography: "United States", availabilityZones: 3 },
  // Canada, Mexico, South America
  { id: "northamerica-northeast1", displayName: "Montréal", country: "CA", city: "Montréal", lat: 45.5, lon: -73.57, geography: "Canada", availabilityZones: 3 },
  { id: "northamerica-northeast2", displayName: "Toronto", country: "CA", city: "Toronto", lat: 43.65, lon: -79.38, geography: "Canada", availabilityZones: 3 },
  { id: "northamerica-south1", displayName: "Querétaro", country: "MX", city: "Querétaro", lat: 20.59, lon: -100.39, geography: "Mexico", availabilityZones: 3 },
  { id: "southamerica-east1", displayName: "São Paulo", country: "BR", city: "Osasco, São Paulo", lat: -23.53, lon: -46.79, geography: "South America", availabilityZones: 3 },
  { id: "southamerica-west1", displayName: "Santiago", country: "CL", city: "Santiago", lat: -33.45, lon: -70.67, geography: "South America", availabilityZones: 3 },
  // Europe
  { id: "europe-west1", displayName: "Belgium", country: "BE", city: "St. Ghislain", lat: 50.45, lon: 3.82, geography: "Europe", availabilityZones: 3 },
  { id: "europe-west2", displayName: "London", country: "GB", city: "London", lat: 51.51, lon: -0.13, geography: "Europe", availabilityZones: 3 },
  { id: "europe-west3", displayName: "Frankfurt", country: "DE", city: "Frankfurt", lat: 50.11, lon: 8.68, geography: "Europe", availabilityZones: 3 },
  { id: "europe-west4", displayName: "Netherlands", country: "NL", city: "Eemshaven", lat: 53.44, lon: 6.83, geography: "Europe", availabilityZones: 3 },
  { id: "europe-west6", displayName: "Zurich", country: "CH", city: "Zurich", lat: 47.38, lon: 8.54, geography: "Europe", availabilityZones: 3 },
  { id: "europe-west8", displayName: "Milan", country: "IT", city: "Milan", lat: 45.46, lon: 9.19, geography: "Europe", availabilityZones: 3 },
  { id: "europe-west9", displayName: "Paris", country: "FR", city: "Paris", lat: 48.86, lon: 2.35, geography: "Europe", availabilityZones: 3 },
  { id: "europe-west10", displayName: "Berlin", country: "DE", city: "Berlin", lat: 52.52, lon: 13.4, geography: "Europe", availabilityZones: 3 },
  { id: "europe-west12", displayName: "Turin", country: "IT", city: "Turin", lat: 45.07, lon: 7.69, geography: "Europe", availabilityZones: 3 },
  { id: "europe-north1", displayName: "Finland", country: "FI", city: "Hamina", lat: 60.57, lon: 27.2, geography: "Europe", availabilityZones: 3 },
  { id: "europe-north2", displayName: "Stockholm", country: "SE", city: "Stockholm", lat: 59.33, lon: 18.07, geography: "Europe", availabilityZones: 3 },
  { id: "europe-central2", displayName: "Warsaw", country: "PL", city: "Warsaw", lat: 52.23, lon: 21.01, geography: "Europe", availabilityZones: 3 },
  { id: "europe-southwest1", displayName: "Madrid", country: "ES", city: "Madrid", lat: 40.42, lon: -3.7, geography: "Europe", availabilityZones: 3 },
  // Middle East, Africa
  { id: "me-central1", displayName: "Doha", country: "QA", city: "Doha", lat: 25.29, lon: 51.53, geography: "Middle East", availabilityZones: 3 },
  { id: "me-central2", displayName: "Dammam", country: "SA", city: "Dammam", lat: 26.43, lon: 50.1, geography: "Middle East", availabilityZones: 3 },
  { id: "me-west1", displayName: "Tel Aviv", country: "IL", city: "Tel Aviv", lat: 32.09, lon: 34.78, geography: "Middle East", availabilityZones: 3 },
  { id: "africa-south1", displayName: "Johannesburg", country: "ZA", city: "Johannesburg", lat: -26.2, lon: 28.05, geography: "Africa", availabilityZones: 3 },
  // Asia Pacific
  { id: "asia-east1", displayName: "Taiwan", country: "TW", city: "Changhua County", lat: 24.08, lon: 120.54, geography: "Asia Pacific", availabilityZones: 3 },
  { id: "asia-east2", displayName: "Hong Kong", country: "HK", city: "Hong Kong", lat: 22.32, lon: 114.17, geography: "Asia Pacific", availabilityZones: 3 },
  { id: "asia-northeast1", displayName: "Tokyo", country: "JP", city: "Tokyo", lat: 35.68, lon: 139.69, geography: "Asia Pacific", availabilityZones: 3 },
  { id: "asia-northeast2", displayName: "Osaka", country: "JP", city: "Osaka", lat: 34.69, lon: 135.5, geography: "Asia Pacific", availabilityZones: 3 },
  { id: "asia-northeast3", displayName: "Seoul", country: "KR", city: "Seoul", lat: 37.57, lon: 126.98, geography: "Asia Pacific", availabilityZones: 3 },
  { id: "asia-south1", displayName: "Mumbai", country: "IN", city: "Mumbai", lat: 19.08, lon: 72.88, geography: "Asia Pacific", availabilityZones: 3 },
  { id: "asia-south2", displayName: "Delhi", country: "IN", city: "Delhi", lat: 28.61, lon: 77.21, geography: "Asia Pacific", availabilityZones: 3 },
  { id: "asia-southeast1", displayName: "Singapore", country: "SG", city: "Jurong West", lat: 1.34, lon: 103.71, geography: "Asia Pacific", availabilityZones: 3 },
  { id: "asia-southeast2", displayName: "Jakarta", country: "ID", city: "Jakarta", lat: -6.21, lon: 106.85, geography: "Asia Pacific", availabilityZones: 3 },
  { id: "australia-southeast1", displayName: "Sydney", country: "AU", city: "Sydney", lat: -33.86, lon: 151.21, geography: "Asia Pacific", availabilityZones: 3 },
  { id: "australia-southeast2", displayName: "Melbourne", country: "AU", city: "Melbourne", lat: -37.81, lon: 144.96, geography: "Asia Pacific", availabilityZones: 3 },
]);

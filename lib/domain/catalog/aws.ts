// AWS regions: every commercial region, AWS GovCloud (US) as "gov", AWS China (Beijing, Ningxia) as "china".
// Sources (public AWS documentation): "Regions and Availability Zones" (AWS Global Infrastructure),
// "AWS Regions" in the AWS General Reference, "AWS GovCloud (US) User Guide", "Amazon Web Services in China",
// "AWS Local Zones locations". Compiled 2026-11 (as of the compiler's knowledge).
// Coordinates are approximate city coordinates (GovCloud sites are undisclosed: state-level guesses).
// Availability zones: the count open to a new account (us-west-1 has 3, new accounts get 2).
// Not listed: the AWS European Sovereign Cloud (separate partition) and announced-but-unopened regions.

import { defineRegions } from "./define-region";
import type { CatalogSource } from "./types";

export const AWS_CATALOG_SOURCE: CatalogSource = {
  provider: "aws",
  compiled: "2026-11",
  documents: [
    { title: "AWS Global Infrastructure: Regions and Availability Zones", url: "https://aws.amazon.com/about-aws/global-infrastructure/regions_az/" },
    { title: "AWS General Reference: AWS Regions", url: "https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html" },
    { title: "AWS GovCloud (US) User Guide", url: "https://docs.aws.amazon.com/govcloud-us/latest/UserGuide/whatis.html" },
    { title: "Amazon Web Services in China", url: "https://www.amazonaws.cn/en/about-aws/regional-product-services/" },
    { title: "AWS Local Zones locations", url: "https://aws.amazon.com/about-aws/global-infrastructure/localzones/locations/" },
  ],
  notes: [
    "Coordinates are approximate city coordinates; GovCloud locations are state-level guesses.",
    "Availability zones: the number a new account can use.",
    "Edge zones list a few Local Zone groups only; not exhaustive.",
  ],
};

export const AWS_REGIONS = defineRegions("aws", [
  // United States
  { id: "us-east-1", displayName: "US East (N. Virginia)", country: "US", city: "Ashburn, Virginia", lat: 39.04, lon: -77.49, geography: "United States", availabilityZones: 6, edgeZones: ["us-east-1-bos-1", "us-east-1-phl-1"] },
  { id: "us-east-2", displayName: "US East (Ohio)", country: "US", city: "Columbus, Ohio", lat: 39.96, lon: -83.0, geography: "United States", availabilityZones: 3 },
  { id: "us-west-1", displayName: "US West (N. California)", country: "US", city: "San Jose, California", lat: 37.34, lon: -121.89, geography: "United States", availabilityZones: 2 },
  { id: "us-west-2", displayName: "US West (Oregon)", country: "US", city: "Boardman, Oregon", lat: 45.84, lon: -119.7, geography: "United States", availabilityZones: 4, edgeZones: ["us-west-2-lax-1", "us-west-2-las-1", "us-west-2-den-1", "us-west-2-phx-2", "us-west-2-pdx-1", "us-west-2-sea-1"] },
  // Canada, Mexico, South America
  { id: "ca-central-1", displayName: "Canada (Central)", country: "CA", city: "Montreal", lat: 45.5, lon: -73.57, geography: "Canada", availabilityZones: 3 },
  { id: "ca-west-1", displayName: "Canada West (Calgary)", country: "CA", city: "Calgary", lat: 51.05, lon: -114.07, geography: "Canada", availabilityZones: 3 },
  { id: "mx-central-1", displayName: "Mexico (Central)", country: "MX", city: "Querétaro", lat: 20.59, lon: -100.39, geography: "Mexico", availabilityZones: 3 },
  { id: "sa-east-1", displayName: "South America (São Paulo)", country: "BR", city: "São Paulo", lat: -23.55, lon: -46.63, geography: "South America", availabilityZones: 3 },
  // Europe
  { id: "eu-west-1", displayName: "Europe (Ireland)", country: "IE", city: "Dublin", lat: 53.35, lon: -6.26, geography: "Europe", availabilityZones: 3 },
  { id: "eu-west-2", displayName: "Europe (London)", country: "GB", city: "London", lat: 51.51, lon: -0.13, geography: "Europe", availabilityZones: 3 },
  { id: "eu-west-3", displayName: "Europe (Paris)", country: "FR", city: "Paris", lat: 48.86, lon: 2.35, geography: "Europe", availabilityZones: 3 },
  { id: "eu-central-1", displayName: "Europe (Frankfurt)", country: "DE", city: "Frankfurt", lat: 50.11, lon: 8.68, geography: "Europe", availabilityZones: 3 },
  { id: "eu-central-2", displayName: "Europe (Zurich)", country: "CH", city: "Zurich", lat: 47.38, lon: 8.54, geography: "Europe", availabilityZones: 3 },
  { id: "eu-south-1", displayName: "Europe (Milan)", country: "IT", city: "Milan", lat: 45.46, lon: 9.19, geography: "Europe", availabilityZones: 3 },
  { id: "eu-south-2", displayName: "Europe (Spain)", country: "ES", city: "Zaragoza", lat: 41.65, lon: -0.88, geography: "Europe", availabilityZones: 3 },
  { id: "eu-north-1", displayName: "Europe (Stockholm)", country: "SE", city: "Stockholm", lat: 59.33, lon: 18.07, geography: "Europe", availabilityZones: 3 },
  // Middle East, Africa
  { id: "me-south-1", displayName: "Middle East (Bahrain)", country: "BH", city: "Manama", lat: 26.23, lon: 50.59, geography: "Middle East", availabilityZones: 3 },
  { id: "me-central-1", displayName: "Middle East (UAE)", country: "AE", city: "Dubai", lat: 25.2, lon: 55.27, geography: "Middle East", availabilityZones: 3 },
  { id: "il-central-1", displayName: "Israel (Tel Aviv)", country: "IL", city: "Tel Aviv", lat: 32.09, lon: 34.78, geography: "Middle East", availabilityZones: 3 },
  { id: "af-south-1", displayName: "Africa (Cape Town)", country: "ZA", city: "Cape Town", lat: -33.92, lon: 18.42, geography: "Africa", availabilityZones: 3 },
  // Asia Pacific
  { id: "ap-east-1", displayName: "Asia Pacific (Hong Kong)", country: "HK", city: "Hong Kong", lat: 22.32, lon: 114.17, geography: "Asia Pacific", availabilityZones: 3 },
  { id: "ap-east-2", displayName: "Asia Pacific (Taipei)", country: "TW", city: "Taipei", lat: 25.03, lon: 121.56, geography: "Asia Pacific", availabilityZones: 3 },
  { id: "ap-northeast-1", displayName: "Asia Pacific (Tokyo)", country: "JP", city: "Tokyo", lat: 35.68, lon: 139.69, geography: "Asia Pacific", availabilityZones: 4 },
  { id: "ap-northeast-2", displayName: "Asia Pacific (Seoul)", country: "KR", city: "Seoul", lat: 37.57, lon: 126.98, geography: "Asia Pacific", availabilityZones: 4 },
  { id: "ap-northeast-3", displayName: "Asia Pacific (Osaka)", country: "JP", city: "Osaka", lat: 34.69, lon: 135.5, geography: "Asia Pacific", availabilityZones: 3 },
  { id: "ap-south-1", displayName: "Asia Pacific (Mumbai)", country: "IN", city: "Mumbai", lat: 19.08, lon: 72.88, geography: "Asia Pacific", availabilityZones: 3 },
  { id: "ap-south-2", displayName: "Asia Pacific (Hyderabad)", country: "IN", city: "Hyderabad", lat: 17.39, lon: 78.49, geography: "Asia Pacific", availabilityZones: 3 },
  { id: "ap-southeast-1", displayName: "Asia Pacific (Singapore)", country: "SG", city: "Singapore", lat: 1.35, lon: 103.82, geography: "Asia Pacific", availabilityZones: 3 },
  { id: "ap-southeast-2", displayName: "Asia Pacific (Sydney)", country: "AU", city: "Sydney", lat: -33.86, lon: 151.21, geography: "Asia Pacific", availabilityZones: 3 },
  { id: "ap-southeast-3", displayName: "Asia Pacific (Jakarta)", country: "ID", city: "Jakarta", lat: -6.21, lon: 106.85, geography: "Asia Pacific", availabilityZones: 3 },
  { id: "ap-southeast-4", displayName: "Asia Pacific (Melbourne)", country: "AU", city: "Melbourne", lat: -37.81, lon: 144.96, geography: "Asia Pacific", availabilityZones: 3 },
  { id: "ap-southeast-5", displayName: "Asia Pacific (Malaysia)", country: "MY", city: "Kuala Lumpur", lat: 3.14, lon: 101.69, geography: "Asia Pacific", availabilityZones: 3 },
  { id: "ap-southeast-6", displayName: "Asia Pacific (New Zealand)", country: "NZ", city: "Auckland", lat: -36.85, lon: 174.76, geography: "Asia Pacific", availabilityZones: 3 },
  { id: "ap-southeast-7", displayName: "Asia Pacific (Thailand)", country: "TH", city: "Bangkok", lat: 13.76, lon: 100.5, geography: "Asia Pacific", availabilityZones: 3 },
  // AWS GovCloud (US)
  { id: "us-gov-west-1", displayName: "AWS GovCloud (US-West)", country: "US", city: "Oregon", lat: 45.6, lon: -121.2, geography: "United States", availabilityZones: 3, classification: "gov" },
  { id: "us-gov-east-1", displayName: "AWS GovCloud (US-East)", country: "US", city: "Ohio", lat: 39.96, lon: -83.0, geography: "United States", availabilityZones: 3, classification: "gov" },
  // AWS China (operated by Sinnet and NWCD)
  { id: "cn-north-1", displayName: "China (Beijing)", country: "CN", city: "Beijing", lat: 39.9, lon: 116.4, geography: "China", availabilityZones: 3, classification: "china" },
  { id: "cn-northwest-1", displayName: "China (Ningxia)", country: "CN", city: "Zhongwei, Ningxia", lat: 37.51, lon: 105.19, geography: "China", availabilityZones: 3, classification: "china" },
]);

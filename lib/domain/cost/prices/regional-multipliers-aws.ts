// AWS price level per region: the on-demand Linux m6i.xlarge price there divided by US East (N. Virginia)'s,
// rounded to 0.01. Compiled from the public price lists (AWS Price List, EC2 on-demand) as of 2026-11.
// GovCloud: its own USD list prices. China (Sinnet, NWCD): CNY list prices converted at 7.1 CNY/USD,
// approximate. Figures marked "approx." are not the region's own list price: they are approximated from the
// nearest priced region, which each comment names.

export const AWS_REGION_MULTIPLIERS: Readonly<Record<string, number>> = {
  // Americas
  "us-east-1": 1.0, "us-east-2": 1.0, "us-west-2": 1.0, "us-west-1": 1.17,
  "ca-central-1": 1.11, "ca-west-1": 1.11, "mx-central-1": 1.2, "sa-east-1": 1.59,
  // Europe
  "eu-west-1": 1.11, "eu-west-2": 1.16, "eu-west-3": 1.17, "eu-central-1": 1.2, "eu-central-2": 1.32,
  "eu-north-1": 1.06, "eu-south-1": 1.17, "eu-south-2": 1.12,
  // Middle East and Africa
  "me-south-1": 1.23, "me-central-1": 1.23, "il-central-1": 1.22, "af-south-1": 1.32,
  // Asia Pacific
  "ap-east-1": 1.38, "ap-northeast-1": 1.29, "ap-northeast-2": 1.23, "ap-northeast-3": 1.29,
  "ap-south-1": 1.05, "ap-south-2": 1.05, "ap-southeast-1": 1.25, "ap-southeast-2": 1.25,
  "ap-southeast-3": 1.25, "ap-southeast-4": 1.25,
  "ap-east-2": 1.38, // approx.: Taipei, from the nearest priced region, ap-east-1 (Hong Kong)
  "ap-southeast-5": 1.25, // approx.: Malaysia, from the nearest priced region, ap-southeast-1 (Singapore)
  "ap-southeast-6": 1.25, // approx.: New Zealand, from the nearest priced region, ap-southeast-2 (Sydney)
  "ap-southeast-7": 1.25, // approx.: Thailand, from the nearest priced region, ap-southeast-1 (Singapore)
  // AWS GovCloud (US)
  "us-gov-west-1": 1.26, "us-gov-east-1": 1.26,
  // AWS China
  "cn-north-1": 1.3, "cn-northwest-1": 1.2,
};

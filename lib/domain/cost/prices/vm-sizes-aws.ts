// AWS EC2 instance types that Meridian's node roles use, with the on-demand Linux price in US East (N. Virginia).
// Source: AWS Price List (EC2 on-demand, Linux, shared tenancy), compiled 2026-11, USD.

import { defineSizes } from "./vm-size";

export const AWS_VM_SIZES = defineSizes("aws", [
  // Burstable (T3, "economy" class).
  ["t3.medium", 2, 4, "economy", 0.0416],
  ["t3.large", 2, 8, "economy", 0.0832],
  ["t3.xlarge", 4, 16, "economy", 0.1664],
  ["t3.2xlarge", 8, 32, "economy", 0.3328],
  // General purpose, Intel (M6i, M7i) and previous generation (M5).
  ["m6i.large", 2, 8, "general", 0.096],
  ["m6i.xlarge", 4, 16, "general", 0.192],
  ["m6i.2xlarge", 8, 32, "general", 0.384],
  ["m6i.4xlarge", 16, 64, "general", 0.768],
  ["m6i.8xlarge", 32, 128, "general", 1.536],
  ["m6i.16xlarge", 64, 256, "general", 3.072],
  ["m7i.large", 2, 8, "general", 0.1008, "alt"],
  ["m7i.xlarge", 4, 16, "general", 0.2016, "alt"],
  ["m7i.2xlarge", 8, 32, "general", 0.4032, "alt"],
  ["m7i.4xlarge", 16, 64, "general", 0.8064, "alt"],
  ["m5.large", 2, 8, "general", 0.096, "alt"],
  ["m5.xlarge", 4, 16, "general", 0.192, "alt"],
  ["m5.2xlarge", 8, 32, "general", 0.384, "alt"],
  // General purpose, AMD (M6a).
  ["m6a.large", 2, 8, "general", 0.0864, "alt"],
  ["m6a.xlarge", 4, 16, "general", 0.1728, "alt"],
  ["m6a.2xlarge", 8, 32, "general", 0.3456, "alt"],
  // Memory optimised (R6i).
  ["r6i.large", 2, 16, "memory", 0.126],
  ["r6i.xlarge", 4, 32, "memory", 0.252],
  ["r6i.2xlarge", 8, 64, "memory", 0.504],
  ["r6i.4xlarge", 16, 128, "memory", 1.008],
  ["r6i.8xlarge", 32, 256, "memory", 2.016],
  // Compute optimised (C6i).
  ["c6i.large", 2, 4, "compute", 0.085],
  ["c6i.xlarge", 4, 8, "compute", 0.17],
  ["c6i.2xlarge", 8, 16, "compute", 0.34],
  ["c6i.4xlarge", 16, 32, "compute", 0.68],
]);

// Google Compute Engine machine types that Meridian's node roles use, with the on-demand price in Iowa
// (us-central1), before sustained-use discounts. N2: $0.031611/vCPU-h + $0.004237/GiB-h; E2: $0.021811 +
// $0.002923; C2: $0.03398 + $0.00455; N2D: $0.027502 + $0.003686.
// Source: Google Cloud Compute Engine pricing (cloud.google.com/compute/vm-instance-pricing), compiled 2026-11, USD.

import { defineSizes } from "./vm-size";

export const GCP_VM_SIZES = defineSizes("gcp", [
  // Cost-optimised (E2): the "economy" class, like Azure B and AWS T3.
  ["e2-medium", 2, 4, "economy", 0.033503],
  ["e2-standard-2", 2, 8, "economy", 0.067006],
  ["e2-standard-4", 4, 16, "economy", 0.134012],
  ["e2-standard-8", 8, 32, "economy", 0.268024],
  ["e2-standard-16", 16, 64, "economy", 0.536048],
  ["e2-highmem-4", 4, 32, "economy", 0.18078, "alt"],
  // General purpose (N2, N2D).
  ["n2-standard-2", 2, 8, "general", 0.097118],
  ["n2-standard-4", 4, 16, "general", 0.194236],
  ["n2-standard-8", 8, 32, "general", 0.388472],
  ["n2-standard-16", 16, 64, "general", 0.776944],
  ["n2-standard-32", 32, 128, "general", 1.553888],
  ["n2-standard-64", 64, 256, "general", 3.107776],
  ["n2d-standard-2", 2, 8, "general", 0.084492, "alt"],
  ["n2d-standard-4", 4, 16, "general", 0.168984, "alt"],
  ["n2d-standard-8", 8, 32, "general", 0.337968, "alt"],
  // Memory optimised (N2 highmem).
  ["n2-highmem-2", 2, 16, "memory", 0.131014],
  ["n2-highmem-4", 4, 32, "memory", 0.262028],
  ["n2-highmem-8", 8, 64, "memory", 0.524056],
  ["n2-highmem-16", 16, 128, "memory", 1.048112],
  ["n2-highmem-32", 32, 256, "memory", 2.096224],
  // Compute optimised (N2 highcpu, C2).
  ["n2-highcpu-2", 2, 2, "compute", 0.071696],
  ["n2-highcpu-4", 4, 4, "compute", 0.143392],
  ["n2-highcpu-8", 8, 8, "compute", 0.286784],
  ["c2-standard-4", 4, 16, "compute", 0.20872, "alt"],
  ["c2-standard-8", 8, 32, "compute", 0.41744, "alt"],
  ["c2-standard-16", 16, 64, "compute", 0.83488, "alt"],
]);

// Azure VM sizes that Meridian's node roles use, with the pay-as-you-go Linux price in East US (eastus).
// Source: Azure Retail Prices API / azure.microsoft.com/pricing/details/virtual-machines/linux, compiled 2026-11, USD.

import { defineSizes } from "./vm-size";

export const AZURE_VM_SIZES = defineSizes("azure", [
  // Burstable (B-series, "economy" class): cheap bootnodes and test networks.
  ["Standard_B2s", 2, 4, "economy", 0.0416],
  ["Standard_B2ms", 2, 8, "economy", 0.0832],
  ["Standard_B4ms", 4, 16, "economy", 0.166],
  ["Standard_B8ms", 8, 32, "economy", 0.333],
  // General purpose, Intel (Dsv5) and previous generation (Dsv3, Dsv4: same price).
  ["Standard_D2s_v5", 2, 8, "general", 0.096],
  ["Standard_D4s_v5", 4, 16, "general", 0.192],
  ["Standard_D8s_v5", 8, 32, "general", 0.384],
  ["Standard_D16s_v5", 16, 64, "general", 0.768],
  ["Standard_D32s_v5", 32, 128, "general", 1.536],
  ["Standard_D64s_v5", 64, 256, "general", 3.072],
  ["Standard_D2s_v4", 2, 8, "general", 0.096, "alt"],
  ["Standard_D4s_v4", 4, 16, "general", 0.192, "alt"],
  ["Standard_D8s_v4", 8, 32, "general", 0.384, "alt"],
  ["Standard_D2s_v3", 2, 8, "general", 0.096, "alt"],
  ["Standard_D4s_v3", 4, 16, "general", 0.192, "alt"],
  ["Standard_D8s_v3", 8, 32, "general", 0.384, "alt"],
  ["Standard_D16s_v3", 16, 64, "general", 0.768, "alt"],
  // General purpose with local temp disk (Ddsv5) and AMD (Dasv5).
  ["Standard_D2ds_v5", 2, 8, "general", 0.113, "alt"],
  ["Standard_D4ds_v5", 4, 16, "general", 0.226, "alt"],
  ["Standard_D8ds_v5", 8, 32, "general", 0.452, "alt"],
  ["Standard_D2as_v5", 2, 8, "general", 0.086, "alt"],
  ["Standard_D4as_v5", 4, 16, "general", 0.172, "alt"],
  ["Standard_D8as_v5", 8, 32, "general", 0.344, "alt"],
  ["Standard_D16as_v5", 16, 64, "general", 0.688, "alt"],
  // Memory optimised (Esv5): archive nodes and large state.
  ["Standard_E2s_v5", 2, 16, "memory", 0.126],
  ["Standard_E4s_v5", 4, 32, "memory", 0.252],
  ["Standard_E8s_v5", 8, 64, "memory", 0.504],
  ["Standard_E16s_v5", 16, 128, "memory", 1.008],
  ["Standard_E32s_v5", 32, 256, "memory", 2.016],
  // Compute optimised (Fsv2).
  ["Standard_F2s_v2", 2, 4, "compute", 0.0846],
  ["Standard_F4s_v2", 4, 8, "compute", 0.169],
  ["Standard_F8s_v2", 8, 16, "compute", 0.338],
  ["Standard_F16s_v2", 16, 32, "compute", 0.677],
]);

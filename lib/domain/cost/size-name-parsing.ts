// Reads vCPU and memory out of a size name the price tables don't list, using each provider's naming scheme,
// so an unlisted size (Standard_D64s_v5, m6i.12xlarge, n2-standard-64) still gets a sensible estimate.

import type { Provider } from "../schema/enums";
import type { SizeClass } from "./prices";

export interface ParsedSize {
  readonly vcpu: number;
  readonly memoryGiB: number;
  readonly sizeClass: SizeClass;
  /** The name with its size number replaced by "#", to find listed siblings of the same series. */
  readonly seriesKey: string;
}

const AZURE_SERIES: Readonly<Record<string, { gibPerVcpu: number; sizeClass: SizeClass }>> = {
  a: { gibPerVcpu: 2, sizeClass: "economy" },
  b: { gibPerVcpu: 4, sizeClass: "economy" },
  d: { gibPerVcpu: 4, sizeClass: "general" },
  e: { gibPerVcpu: 8, sizeClass: "memory" },
  f: { gibPerVcpu: 2, sizeClass: "compute" },
  l: { gibPerVcpu: 8, sizeClass: "memory" },
  m: { gibPerVcpu: 16, sizeClass: "memory" },
};

const AWS_FAMILIES: Readonly<Record<string, { gibPerVcpu: number; sizeClass: SizeClass }>> = {
  m: { gibPerVcpu: 4, sizeClass: "general" },
  t: { gibPerVcpu: 4, sizeClass: "economy" },
  r: { gibPerVcpu: 8, sizeClass: "memory" },
  x: { gibPerVcpu: 16, sizeClass: "memory" },
  i: { gibPerVcpu: 8, sizeClass: "memory" },
  z: { gibPerVcpu: 8, sizeClass: "memory" },
  c: { gibPerVcpu: 2, sizeClass: "compute" },
};

const GCP_SHAPES: Readonly<Record<string, { gibPerVcpu: number; sizeClass: SizeClass }>> = {
  standard: { gibPerVcpu: 4, sizeClass: "general" },
  highmem: { gibPerVcpu: 8, sizeClass: "memory" },
  highcpu: { gibPerVcpu: 1, sizeClass: "compute" },
};

export function parseSizeName(provider: Provider, name: string): ParsedSize | undefined {
  const lower = name.trim().toLowerCase();
  switch (provider) {
    case "azure":
      return parseAzure(lower);
    case "aws":
      return parseAws(lower);
    case "gcp":
      return parseGcp(lower);
  }
}

/**
 * D-series v1 and v2 (and DS) sizes are numbered, not counted: D3_v2 has 4 vCPUs, D13_v2 8 with twice the
 * memory per vCPU. Numbers 1-5 are general purpose, 11-15 memory optimised.
 */
const D_V2_SHAPES: Readonly<Record<number, { vcpu: number; memoryGiB: number; sizeClass: SizeClass }>> = {
  1: { vcpu: 1, memoryGiB: 3.5, sizeClass: "general" },
  2: { vcpu: 2, memoryGiB: 7, sizeClass: "general" },
  3: { vcpu: 4, memoryGiB: 14, sizeClass: "general" },
  4: { vcpu: 8, memoryGiB: 28, sizeClass: "general" },
  5: { vcpu: 16, memoryGiB: 56, sizeClass: "general" },
  11: { vcpu: 2, memoryGiB: 14, sizeClass: "memory" },
  12: { vcpu: 4, memoryGiB: 28, sizeClass: "memory" },
  13: { vcpu: 8, memoryGiB: 56, sizeClass: "memory" },
  14: { vcpu: 16, memoryGiB: 112, sizeClass: "memory" },
  15: { vcpu: 20, memoryGiB: 140, sizeClass: "memory" },
};

/** A-series v1 (retired in 2024, still named by old configs): A0-A4 general, A5-A7 with more memory. */
const A_V1_SHAPES: Readonly<Record<number, { vcpu: number; memoryGiB: number; sizeClass: SizeClass }>> = {
  0: { vcpu: 1, memoryGiB: 0.75, sizeClass: "economy" },
  1: { vcpu: 1, memoryGiB: 1.75, sizeClass: "economy" },
  2: { vcpu: 2, memoryGiB: 3.5, sizeClass: "economy" },
  3: { vcpu: 4, memoryGiB: 7, sizeClass: "economy" },
  4: { vcpu: 8, memoryGiB: 14, sizeClass: "economy" },
  5: { vcpu: 2, memoryGiB: 14, sizeClass: "economy" },
  6: { vcpu: 4, memoryGiB: 28, sizeClass: "economy" },
  7: { vcpu: 8, memoryGiB: 56, sizeClass: "economy" },
};

/**
 * Standard_<series>[s]<vcpus>[-<active vcpus>]<features>[_v<n>]: standard_d4s_v5, standard_b2ms, the older
 * standard_ds3_v2 (premium storage written before the number), standard_a2m_v2, and constrained-vCPU sizes
 * such as standard_e4-2s_v3, which are billed as their full size.
 */
function parseAzure(lower: string): ParsedSize | undefined {
  const m = /^(?:standard_|basic_)?([a-z])(s?)(\d+)(?:-\d+)?([a-z]*)(_v\d+)?$/.exec(lower);
  if (!m) return undefined;
  const [, series = "", storage = "", digits = "", features = "", version = ""] = m;
  const info = AZURE_SERIES[series];
  const number = Number(digits);
  if (!info) return undefined;
  const numbered =
    series === "d" && (version === "" || version === "_v2") ? D_V2_SHAPES : series === "a" && version === "" ? A_V1_SHAPES : undefined;
  if (numbered) {
    const shape = numbered[number];
    if (!shape) return undefined;
    // The memory-optimised numbers are a series of their own, priced apart from 1-5.
    const tier = shape.sizeClass === "memory" ? "hm" : "";
    return { ...shape, seriesKey: `standard_${series}${storage}#${tier}${features}${version}` };
  }
  if (!(number > 0)) return undefined;
  // B-series: "ms" sizes have 4 GiB per vCPU, plain "s" sizes 2; A-series "m" sizes have 8.
  const gibPerVcpu =
    series === "b" && !features.includes("m") ? 2 : series === "a" && features.includes("m") ? 8 : info.gibPerVcpu;
  return {
    vcpu: number,
    memoryGiB: number * gibPerVcpu,
    sizeClass: info.sizeClass,
    seriesKey: `standard_${series}${storage}#${features}${version}`,
  };
}

/** <family letter><generation><attributes>.<size>, e.g. m6i.xlarge, r6i.4xlarge, t3.large. */
function parseAws(lower: string): ParsedSize | undefined {
  const m = /^([a-z])(\d+)([a-z-]*)\.(\d*)(medium|large|xlarge)$/.exec(lower);
  if (!m) return undefined;
  const [, letter = "", generation = "", attributes = "", multiple = "", unit = ""] = m;
  const info = AWS_FAMILIES[letter];
  if (!info) return undefined;
  if (multiple !== "" && unit !== "xlarge") return undefined;
  const burstable = letter === "t";
  const vcpu = unit === "medium" ? (burstable ? 2 : 1) : unit === "large" ? 2 : 4 * (multiple === "" ? 1 : Number(multiple));
  // T3 medium has 4 GiB on 2 vCPUs, large 8 GiB on 2: memory follows the size, not the vCPUs.
  const memoryGiB = burstable && unit === "medium" ? 4 : vcpu * info.gibPerVcpu;
  if (!(vcpu > 0)) return undefined;
  return { vcpu, memoryGiB, sizeClass: info.sizeClass, seriesKey: `${letter}${generation}${attributes}.#` };
}

/** <series>-<shape>-<vcpus> or <series>-custom-<vcpus>-<MiB>, e.g. n2-standard-4, e2-highmem-8, n2-custom-4-16384. */
function parseGcp(lower: string): ParsedSize | undefined {
  const custom = /^([a-z]\d[a-z]?)-custom-(\d+)-(\d+)$/.exec(lower);
  if (custom) {
    const [, series = "", vcpus = "", mib = ""] = custom;
    const vcpu = Number(vcpus);
    const memoryGiB = Number(mib) / 1024;
    if (!(vcpu > 0) || !(memoryGiB > 0)) return undefined;
    const sizeClass: SizeClass = series === "e2" ? "economy" : memoryGiB / vcpu >= 6 ? "memory" : "general";
    return { vcpu, memoryGiB, sizeClass, seriesKey: `${series}-custom` };
  }
  const m = /^([a-z]\d[a-z]?)-(standard|highmem|highcpu)-(\d+)$/.exec(lower);
  if (!m) return undefined;
  const [, series = "", shape = "", vcpus = ""] = m;
  const info = GCP_SHAPES[shape];
  const vcpu = Number(vcpus);
  if (!info || !(vcpu > 0)) return undefined;
  // N1 has 3.75 GiB per vCPU and 6.5 for highmem; C3 and C2 highcpu have 2.
  const gibPerVcpu =
    series === "n1" ? (shape === "standard" ? 3.75 : shape === "highmem" ? 6.5 : 0.9) :
    shape === "highcpu" && series.startsWith("c") ? 2 : info.gibPerVcpu;
  const sizeClass: SizeClass = series === "e2" ? "economy" : series.startsWith("c") ? "compute" : info.sizeClass;
  return { vcpu, memoryGiB: vcpu * gibPerVcpu, sizeClass, seriesKey: `${series}-${shape}-#` };
}

/** The series key of a listed name, computed the same way, so unlisted sizes find their listed siblings. */
export function seriesKeyOf(provider: Provider, name: string): string | undefined {
  return parseSizeName(provider, name)?.seriesKey;
}

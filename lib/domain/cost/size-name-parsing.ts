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
  a: { gibPerVcpu: 2, sizeClass: "general" },
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

/** Standard_<series><vcpus><features>[_v<n>], e.g. standard_d4s_v5, standard_b2ms. */
function parseAzure(lower: string): ParsedSize | undefined {
  const m = /^(?:standard_)?([a-z])(\d+)([a-z]*)(_v\d+)?$/.exec(lower);
  if (!m) return undefined;
  const [, series = "", digits = "", features = "", version = ""] = m;
  const info = AZURE_SERIES[series];
  const vcpu = Number(digits);
  if (!info || !(vcpu > 0)) return undefined;
  // B-series: "ms" sizes have 4 GiB per vCPU, plain "s" sizes 2.
  const gibPerVcpu = series === "b" && !features.includes("m") ? 2 : info.gibPerVcpu;
  return { vcpu, memoryGiB: vcpu * gibPerVcpu, sizeClass: info.sizeClass, seriesKey: `standard_${series}#${features}${version}` };
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

import type { Provider } from "../../schema/enums";
import { AWS_VM_SIZES } from "./vm-sizes-aws";
import { AZURE_VM_SIZES } from "./vm-sizes-azure";
import { GCP_VM_SIZES } from "./vm-sizes-gcp";
import type { VmSizeSpec } from "./vm-size";

export type { SizeClass, VmSizeSpec } from "./vm-size";
export { AWS_VM_SIZES, AZURE_VM_SIZES, GCP_VM_SIZES };

export const VM_SIZES: Readonly<Record<Provider, readonly VmSizeSpec[]>> = Object.freeze({
  azure: AZURE_VM_SIZES,
  aws: AWS_VM_SIZES,
  gcp: GCP_VM_SIZES,
});

/** Lower-cased name to spec, per provider: users type "standard_d4s_v5" as often as the canonical form. */
const BY_NAME: Readonly<Record<Provider, ReadonlyMap<string, VmSizeSpec>>> = {
  azure: indexByName(AZURE_VM_SIZES),
  aws: indexByName(AWS_VM_SIZES),
  gcp: indexByName(GCP_VM_SIZES),
};

function indexByName(sizes: readonly VmSizeSpec[]): ReadonlyMap<string, VmSizeSpec> {
  return new Map(sizes.map((s) => [s.name.toLowerCase(), s]));
}

/** The listed size of that exact name (case-insensitive), or undefined. */
export function findListedSize(provider: Provider, name: string): VmSizeSpec | undefined {
  return BY_NAME[provider].get(name.trim().toLowerCase());
}

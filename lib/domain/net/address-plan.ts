// One address plan for every range a packet may be routed to or must never collide with: the regions' own
// networks (the document's CIDRs), per Kubernetes cluster its pod and service ranges (and GKE's control
// plane block), and a Virtual WAN hub's prefix. Nothing in it overlaps anything else.
// Pod addresses leave a cluster unchanged only on GKE (VPC-native pods, and ip-masq-agent keeps private
// destinations unmasqueraded), so a GKE cluster's pod range is routed and allowed like its region's network;
// AKS overlay and EKS (VPC CNI) pods reach other networks with their node's address.

import type { Provider } from "../schema";
import { cidr, firstFreeIn, formatRange, type Ipv4Range } from "./ipv4";

export interface ClusterRanges {
  readonly pods: string;
  readonly services: string;
  /** GKE's private control plane (/28). */
  readonly controlPlane?: string;
}

export interface AddressPlan {
  /** Per region index: the prefixes other networks route to it and allow p2p from. */
  readonly routed: readonly (readonly string[])[];
  /** Per region index that runs a Kubernetes cluster. */
  readonly clusters: ReadonlyMap<number, ClusterRanges>;
  /** The Virtual WAN hub's address prefix, when the design has one. */
  readonly hubPrefix?: string;
  /** Why a range could not be found (the design then cannot be exported as is). */
  readonly problems: readonly string[];
}

export const POD_POOL = "100.64.0.0/10";
/** EKS accepts service ranges only inside 10/8, 172.16/12 or 192.168/16. */
export const SERVICE_POOL = "172.16.0.0/12";
export const CONTROL_PLANE_POOL = "172.31.240.0/20";
export const HUB_POOL = "192.168.0.0/16";

export interface AddressPlanInput {
  readonly regions: readonly { readonly id: string; readonly provider: Provider; readonly cidr: string }[];
  /** Whether the region at this index runs a Kubernetes cluster. */
  readonly hasCluster: (region: number) => boolean;
  readonly hasHub: boolean;
}

export function planAddresses(input: AddressPlanInput): AddressPlan {
  const problems: string[] = [];
  const taken: Ipv4Range[] = input.regions.map((r) => cidr(r.cidr));
  const claim = (pool: string, prefix: number, what: string): string | undefined => {
    const found = firstFreeIn(pool, prefix, taken);
    if (found) taken.push(cidr(found));
    else problems.push(`no free /${prefix} left in ${pool} for ${what}: the regions' address spaces or too many clusters fill it`);
    return found;
  };
  // Control planes first: their pool sits inside the service pool.
  taken.push(cidr(CONTROL_PLANE_POOL));
  const clusters = new Map<number, ClusterRanges>();
  input.regions.forEach((r, i) => {
    if (!input.hasCluster(i)) return;
    const pods = claim(POD_POOL, 16, `the pods of ${r.id}'s cluster`);
    const services = claim(SERVICE_POOL, 20, `the services of ${r.id}'s cluster`);
    if (!pods || !services) return;
    clusters.set(i, { pods, services });
  });
  // GKE control planes: /28 blocks of their own pool, which the loop above kept free.
  const controlPlanes: Ipv4Range[] = [];
  for (const [i, ranges] of clusters) {
    if (input.regions[i]!.provider !== "gcp") continue;
    const block = firstFreeIn(CONTROL_PLANE_POOL, 28, [...controlPlanes, ...input.regions.map((r) => cidr(r.cidr))]);
    if (!block) {
      problems.push(`no free /28 left in ${CONTROL_PLANE_POOL} for ${input.regions[i]!.id}'s GKE control plane`);
      continue;
    }
    controlPlanes.push(cidr(block));
    clusters.set(i, { ...ranges, controlPlane: block });
  }
  const hubPrefix = input.hasHub ? claim(HUB_POOL, 23, "the Virtual WAN hub") : undefined;
  const routed = input.regions.map((r, i) => {
    const pods = clusters.get(i)?.pods;
    const own = formatRange(cidr(r.cidr));
    return r.provider === "gcp" && pods ? [own, pods] : [own];
  });
  return { routed, clusters, ...(hubPrefix ? { hubPrefix } : {}), problems };
}

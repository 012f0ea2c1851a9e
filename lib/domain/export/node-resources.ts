// CPU and memory a node may use, from its group's VM size (the cost model's size tables), and the disk.
// Requests leave headroom for the kubelet and system daemons on a node of that size.

import { resolveSize } from "../cost";
import type { NodeGroup, Provider } from "../schema";

export interface NodeResources {
  readonly vcpu: number;
  readonly memoryGiB: number;
  /** Kubernetes quantities. */
  readonly cpuRequest: string;
  readonly cpuLimit: string;
  readonly memRequest: string;
  readonly memLimit: string;
  /** Java heap for Besu: half the memory limit, the rest for RocksDB and off-heap buffers. */
  readonly javaHeap: string;
}

export function nodeResources(provider: Provider, group: NodeGroup): NodeResources {
  const { vcpu, memoryGiB } = resolveSize(provider, group.vmSize).spec;
  // About 80% of the machine: AKS, EKS and GKE all reserve part of each node for the system.
  const cpuLimit = Math.max(0.5, Math.round(vcpu * 0.8 * 10) / 10);
  const cpuRequest = Math.max(0.25, Math.round(vcpu * 0.5 * 10) / 10);
  const memLimitMi = Math.max(1024, Math.floor(memoryGiB * 0.8 * 1024));
  const memRequestMi = Math.max(768, Math.floor(memoryGiB * 0.5 * 1024));
  return {
    vcpu,
    memoryGiB,
    cpuRequest: String(cpuRequest),
    cpuLimit: String(cpuLimit),
    memRequest: `${memRequestMi}Mi`,
    memLimit: `${memLimitMi}Mi`,
    javaHeap: `${Math.max(512, Math.floor(memLimitMi / 2))}m`,
  };
}

// Ranges that must never overlap, as the bundle's Terraform sets them: every VNet and VPC, every Google
// Cloud subnet range (primary and secondary: pods), a Virtual WAN hub's prefix, and each cluster's own
// ranges (AKS pods and services, EKS services, GKE control plane). Two that overlap either cannot be routed
// to each other or shadow one another inside a cluster.

import { cidr, formatRange, overlaps, type Ipv4Range } from "../net/ipv4";
import { all, first, stringsOf, type TerraformInventory } from "./terraform-inventory";

interface Owned {
  readonly range: Ipv4Range;
  readonly owner: string;
}

function owned(owner: string, values: unknown): Owned[] {
  return stringsOf(values).flatMap((v) => {
    try {
      return [{ range: cidr(v), owner }];
    } catch {
      return [];
    }
  });
}

export function overlappingRanges(tf: TerraformInventory): string[] {
  const ranges: Owned[] = [
    ...tf.ofType("azurerm_virtual_network").flatMap((b) => owned(b.address, b.body.address_space)),
    ...tf.ofType("aws_vpc").flatMap((b) => owned(b.address, b.body.cidr_block)),
    ...tf.ofType("google_compute_subnetwork").flatMap((b) => [
      ...owned(b.address, b.body.ip_cidr_range),
      ...all(b.body.secondary_ip_range).flatMap((r) => owned(`${b.address} secondary range ${String(r.range_name)}`, r.ip_cidr_range)),
    ]),
    ...tf.ofType("azurerm_virtual_hub").flatMap((b) => owned(b.address, b.body.address_prefix)),
    ...tf.ofType("azurerm_kubernetes_cluster").flatMap((b) => {
      const profile = first(b.body.network_profile);
      return [...owned(`${b.address} pod_cidr`, profile?.pod_cidr), ...owned(`${b.address} service_cidr`, profile?.service_cidr)];
    }),
    ...tf.ofType("aws_eks_cluster").flatMap((b) => owned(`${b.address} service_ipv4_cidr`, first(b.body.kubernetes_network_config)?.service_ipv4_cidr)),
    ...tf.ofType("google_container_cluster").flatMap((b) => owned(`${b.address} control plane`, first(b.body.private_cluster_config)?.master_ipv4_cidr_block)),
  ];
  const problems: string[] = [];
  for (let i = 0; i < ranges.length; i++) {
    for (let j = i + 1; j < ranges.length; j++) {
      const a = ranges[i]!;
      const b = ranges[j]!;
      if (a.owner !== b.owner && overlaps(a.range, b.range)) {
        problems.push(`${a.owner} (${formatRange(a.range)}) overlaps ${b.owner} (${formatRange(b.range)})`);
      }
    }
  }
  return problems;
}

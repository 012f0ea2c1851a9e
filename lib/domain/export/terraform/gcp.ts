// The Google Cloud root module (google 6.x): one global VPC network (a VPC spans every region, so its
// regions reach each other without peering), per region Cloud NAT and per node group a subnetwork and
// firewall set, a private DNS zone with every node's name, and per node group a GKE node pool, Compute
// Engine instances or a regional managed instance group.

import type { ClusterRanges } from "../../net/address-plan";
import { NameRegistry, dnsLabel, labelValue, tfIdentifier } from "../names";
import { machineIp } from "../node-addresses";
import { CLOUD_INIT } from "./cloud-init";
import { DNS_TTL_SECONDS, dnsRecords } from "./dns-records";
import { block, comment, raw, renderFile, tpl, type Item } from "./hcl";
import type { TerraformModule } from "./module";
import { groupsOfKind, regionsOf, type GroupPlan, type NetworkPlan, type RegionPlan } from "./plan";
import { portLabel, type IngressRule } from "./security-rules";
import { ExportError } from "../types";
import { GOOGLE_LABELS, documentComment, outputsFile, sharedLocals, terraformBlock, variablesFile } from "./variables";

const IMAGE = "ubuntu-os-cloud/ubuntu-2404-lts-amd64";
const NODE_ROLES = ["roles/logging.logWriter", "roles/monitoring.metricWriter", "roles/monitoring.viewer", "roles/artifactregistry.reader"];

type GkeRanges = ClusterRanges;

/** The network's name suffix: the cross-cloud VPN module looks the network up as `<network_name>-vpc`. */
export const GCP_NETWORK_SUFFIX = "vpc";

export function gcpModule(plan: NetworkPlan): TerraformModule | undefined {
  const regions = regionsOf(plan, "gcp");
  if (regions.length === 0) return undefined;
  if (new Set(regions.map((r) => r.fabric.index)).size > 1) throw new ExportError("Google Cloud regions of two sovereign clouds can't share one project's network");
  const names = new NameRegistry((raw) => dnsLabel(raw, 40), "-", 40);
  names.name("net", GCP_NETWORK_SUFFIX);
  const gkeRanges = new Map<string, GkeRanges>();
  for (const r of regions) if (r.kinds.has("kubernetes") && r.cluster) gkeRanges.set(r.region.id, r.cluster);
  const hasGke = gkeRanges.size > 0;
  const hasMachines = regions.some((r) => r.kinds.has("vm") || r.kinds.has("scale-set"));
  const files: Record<string, string> = {};

  files["main.tf"] = renderFile([
    documentComment(plan.doc, "Google Cloud infrastructure"),
    terraformBlock({ google: { source: "hashicorp/google", version: "~> 6.0" } }),
    block("provider", ["google"], { project: raw("var.project_id") }),
    sharedLocals({ labels: GOOGLE_LABELS }),
  ]);
  files["variables.tf"] = variablesFile(plan, [
    block("variable", ["project_id"], { description: "Google Cloud project to deploy into.", type: raw("string") }),
  ]);
  files["network.tf"] = renderFile([
    comment("One VPC for every region: Google Cloud networks are global, so regions reach each other through it."),
    block("resource", ["google_compute_network", "vpc"], {
      name: gcpName(names, "net", GCP_NETWORK_SUFFIX),
      auto_create_subnetworks: false,
      // Routes learned over VPNs reach every region's subnets, not only the gateway's.
      routing_mode: "GLOBAL",
    }),
    ...regions.flatMap((r) => regionNetwork(r, names, gkeRanges.get(r.region.id))),
  ]);
  files["dns.tf"] = renderFile(privateZone(plan, names));
  files["security.tf"] = renderFile(regions.flatMap((r) => r.groups.flatMap((g) => firewalls(r, g, names))));
  const compute: Item[] = [];
  if (hasGke) compute.push(...nodeServiceAccount());
  for (const r of regions) compute.push(...regionCompute(r, names, gkeRanges.get(r.region.id)));
  if (compute.length > 0) files["compute.tf"] = renderFile(compute);
  files["outputs.tf"] = outputsFile(outputs(regions));
  if (hasMachines) files["cloud-init.yaml"] = CLOUD_INIT;
  return { dir: "gcp", provider: "gcp", files };
}

const NETWORK = "google_compute_network.vpc";
const gcpName = (names: NameRegistry, key: string, raw: string) => tpl(`\${local.name_prefix}-${names.name(key, raw)}`);
export const groupTag = (g: GroupPlan) => `node-${g.slug}`;

/** GKE groups share the cluster's subnetwork (the first GKE group's block); other groups get their own. */
function ownsSubnetwork(g: GroupPlan): boolean {
  return g.kind !== "kubernetes";
}

function regionNetwork(r: RegionPlan, names: NameRegistry, gke: GkeRanges | undefined): Item[] {
  const blocks: Item[] = [comment(`Region ${r.region.id} (${r.region.region})`)];
  for (const g of r.groups.filter(ownsSubnetwork)) {
    blocks.push(block("resource", ["google_compute_subnetwork", `${r.tf}_${g.tf}`], {
      name: gcpName(names, `subnet:${g.group.id}`, `${r.slug}-${g.slug}`),
      region: r.region.region,
      network: raw(`${NETWORK}.id`),
      ip_cidr_range: g.cidr,
      private_ip_google_access: true,
    }));
  }
  const first = groupsOfKind(r, "kubernetes")[0];
  if (first && gke) {
    blocks.push(block("resource", ["google_compute_subnetwork", `${r.tf}_gke`], {
      name: gcpName(names, `subnet-gke:${r.region.id}`, `${r.slug}-gke`),
      region: r.region.region,
      network: raw(`${NETWORK}.id`),
      ip_cidr_range: first.cidr,
      private_ip_google_access: true,
    },
    block("secondary_ip_range", [], { range_name: "pods", ip_cidr_range: gke.pods }),
    block("secondary_ip_range", [], { range_name: "services", ip_cidr_range: gke.services })));
    // Internal passthrough load balancers give each GKE node its p2p address.
    blocks.push(block("resource", ["google_compute_subnetwork", `${r.tf}_lb`], {
      name: gcpName(names, `subnet-lb:${r.region.id}`, `${r.slug}-p2p-lb`),
      region: r.region.region,
      network: raw(`${NETWORK}.id`),
      ip_cidr_range: r.infra.loadBalancers,
      private_ip_google_access: true,
    }));
  }
  blocks.push(
    block("resource", ["google_compute_router", r.tf], {
      name: gcpName(names, `router:${r.region.id}`, `${r.slug}-router`),
      region: r.region.region,
      network: raw(`${NETWORK}.id`),
    }),
    block("resource", ["google_compute_router_nat", r.tf], {
      name: gcpName(names, `nat:${r.region.id}`, `${r.slug}-nat`),
      region: r.region.region,
      router: raw(`google_compute_router.${r.tf}.name`),
      nat_ip_allocate_option: "AUTO_ONLY",
      source_subnetwork_ip_ranges_to_nat: "ALL_SUBNETWORKS_ALL_IP_RANGES",
    }),
  );
  return blocks;
}

/** Cloud DNS private zone, visible to the VPC. */
function privateZone(plan: NetworkPlan, names: NameRegistry): Item[] {
  return [
    comment(`Private zone ${plan.dnsZone}: every node's p2p name, resolvable from the VPC (other clouds hold the same records).`),
    block("resource", ["google_dns_managed_zone", "nodes"], {
      name: gcpName(names, "zone", "nodes"),
      dns_name: `${plan.dnsZone}.`,
      visibility: "private",
      labels: raw("local.labels"),
    }, block("private_visibility_config", [], block("networks", [], { network_url: raw(`${NETWORK}.id`) }))),
    ...dnsRecords(plan, plan.p2p).map((rec) => block("resource", ["google_dns_record_set", tfIdentifier(rec.name)], {
      name: `${rec.name}.${plan.dnsZone}.`,
      managed_zone: raw("google_dns_managed_zone.nodes.name"),
      type: "A",
      ttl: DNS_TTL_SECONDS,
      rrdatas: [rec.ip],
    })),
  ];
}

/** One firewall per source set (GCP firewalls hold many ports but one list of sources). */
function firewalls(r: RegionPlan, g: GroupPlan, names: NameRegistry): Item[] {
  const bySource = new Map<string, IngressRule[]>();
  for (const rule of g.rules) {
    const key = rule.source.kind === "cidrs" ? rule.source.cidrs.join(",") : "rpc_allowed_cidrs";
    bySource.set(key, [...(bySource.get(key) ?? []), rule]);
  }
  const blocks: Item[] = [];
  let n = 0;
  for (const [key, rules] of bySource) {
    n += 1;
    const suffix = rules.every((rule) => rule.name.startsWith("p2p") || rule.name === "tessera" || rule.name === "raft") ? "peers" : rules.some((rule) => rule.name.startsWith("rpc")) && key === "rpc_allowed_cidrs" ? "rpc-public" : `allow-${n}`;
    const allows = (["tcp", "udp"] as const)
      .map((protocol) => ({ protocol, ports: [...new Set(rules.filter((rule) => rule.protocol === protocol).map(portLabel))] }))
      .filter((a) => a.ports.length > 0)
      .map((a) => block("allow", [], a));
    const isPublic = key === "rpc_allowed_cidrs";
    const cidrs = key.split(",");
    const sources = isPublic ? raw("var.rpc_allowed_cidrs") : cidrs;
    blocks.push(block("resource", ["google_compute_firewall", `${r.tf}_${g.tf}_${suffix.replace(/-/g, "_")}`], {
      // A firewall needs at least one source range: none while no range is allowed.
      count: isPublic ? raw("length(var.rpc_allowed_cidrs) > 0 ? 1 : 0") : undefined,
      name: gcpName(names, `fw:${g.group.id}:${suffix}`, `${r.slug}-${g.slug}-${suffix}`),
      network: raw(`${NETWORK}.name`),
      description: rules.map((rule) => rule.description).join("; "),
      direction: "INGRESS",
      source_ranges: sources,
      target_tags: [groupTag(g)],
    }, ...allows));
  }
  blocks.push(block("resource", ["google_compute_firewall", `${r.tf}_${g.tf}_internal`], {
    name: gcpName(names, `fw:${g.group.id}:internal`, `${r.slug}-${g.slug}-internal`),
    network: raw(`${NETWORK}.name`),
    description: "Any traffic between the group's own hosts",
    direction: "INGRESS",
    source_tags: [groupTag(g)],
    target_tags: [groupTag(g)],
  }, block("allow", [], { protocol: "all" })));
  return blocks;
}

function nodeServiceAccount(): Item[] {
  return [
    comment("GKE nodes run as a dedicated, minimally privileged service account rather than the Compute Engine default."),
    block("resource", ["google_service_account", "gke_nodes"], {
      account_id: tpl("${local.name_prefix}-gke-nodes"),
      display_name: "Meridian GKE nodes",
    }),
    block("resource", ["google_project_iam_member", "gke_nodes"], {
      for_each: raw(`toset(${JSON.stringify(NODE_ROLES)})`),
      project: raw("var.project_id"),
      role: raw("each.value"),
      member: tpl("serviceAccount:${google_service_account.gke_nodes.email}"),
    }),
  ];
}

function regionCompute(r: RegionPlan, names: NameRegistry, gke: GkeRanges | undefined): Item[] {
  const blocks: Item[] = [];
  const k8s = groupsOfKind(r, "kubernetes");
  if (k8s.length > 0 && gke) blocks.push(...gkeCluster(r, k8s, names, gke));
  const vms = groupsOfKind(r, "vm");
  if (vms.length > 0) blocks.push(block("data", ["google_compute_zones", r.tf], { region: r.region.region, status: "UP" }));
  for (const g of vms) blocks.push(...instances(r, g, names));
  for (const g of groupsOfKind(r, "scale-set")) blocks.push(...managedGroup(r, g, names));
  return blocks;
}

function gkeCluster(r: RegionPlan, groups: GroupPlan[], names: NameRegistry, gke: GkeRanges): Item[] {
  const blocks: Item[] = [
    comment(`GKE in ${r.region.region}: regional, private nodes, one node pool per node group.`),
    block("resource", ["google_container_cluster", r.tf], {
      name: gcpName(names, `gke:${r.region.id}`, r.slug),
      location: r.region.region,
      network: raw(`${NETWORK}.id`),
      subnetwork: raw(`google_compute_subnetwork.${r.tf}_gke.id`),
      networking_mode: "VPC_NATIVE",
      // Node pools are managed below; the default pool is removed once the cluster exists.
      remove_default_node_pool: true,
      initial_node_count: 1,
      deletion_protection: true,
      resource_labels: raw("local.labels"),
    },
    block("ip_allocation_policy", [], { cluster_secondary_range_name: "pods", services_secondary_range_name: "services" }),
    block("private_cluster_config", [], { enable_private_nodes: true, enable_private_endpoint: false, master_ipv4_cidr_block: gke.controlPlane }),
    block("release_channel", [], { channel: "REGULAR" }),
    block("workload_identity_config", [], { workload_pool: tpl("${var.project_id}.svc.id.goog") })),
  ];
  for (const g of groups) {
    const scale = g.group.scale;
    blocks.push(block("resource", ["google_container_node_pool", `${r.tf}_${g.tf}`], {
      name: g.slug,
      location: r.region.region,
      cluster: raw(`google_container_cluster.${r.tf}.id`),
      initial_node_count: 1,
    },
    // Totals, not per zone: a regional pool spreads the group's nodes over the region's zones.
    block("autoscaling", [], {
      total_min_node_count: scale ? scale.min : g.group.count,
      total_max_node_count: scale ? scale.max : g.group.count,
    }),
    block("management", [], { auto_repair: true, auto_upgrade: true }),
    block("node_config", [], {
      machine_type: g.vmSize,
      disk_size_gb: 50,
      disk_type: "pd-balanced",
      service_account: raw("google_service_account.gke_nodes.email"),
      oauth_scopes: ["https://www.googleapis.com/auth/cloud-platform"],
      labels: { "meridian.io/node-group": labelValue(g.group.id), "meridian.io/role": g.group.role },
      resource_labels: raw("local.labels"),
      tags: [groupTag(g)],
    }, block("shielded_instance_config", [], { enable_secure_boot: true }), block("workload_metadata_config", [], { mode: "GKE_METADATA" }))));
  }
  return blocks;
}

function diskType(g: GroupPlan): string {
  return g.group.storage.type === "premium" ? "pd-ssd" : "pd-balanced";
}

function metadata(): Record<string, ReturnType<typeof raw>> {
  return {
    "user-data": raw(`file("\${path.module}/cloud-init.yaml")`),
    "ssh-keys": raw(`var.ssh_public_key == "" ? null : "meridian:\${var.ssh_public_key}"`),
  };
}

function instances(r: RegionPlan, g: GroupPlan, names: NameRegistry): Item[] {
  return g.nodes.flatMap((node, i) => {
    const id = tfIdentifier(node.name);
    const zone = raw(`data.google_compute_zones.${r.tf}.names[${i % 3} % length(data.google_compute_zones.${r.tf}.names)]`);
    return [
      comment(`${node.name}: ${g.group.role} of group ${g.group.id}`),
      block("resource", ["google_compute_disk", `${id}_data`], {
        name: gcpName(names, `disk:${node.name}`, `${node.name}-data`),
        zone,
        size: g.group.storage.sizeGB,
        type: diskType(g),
        labels: raw("local.labels"),
      }),
      block("resource", ["google_compute_instance", id], {
        name: gcpName(names, `vm:${node.name}`, node.name),
        zone,
        machine_type: g.vmSize,
        tags: [groupTag(g)],
        labels: raw(`merge(local.labels, { "meridian-node" = "${dnsLabel(node.name)}", "meridian-role" = "${node.role}" })`),
        metadata: metadata(),
      },
      block("boot_disk", [], block("initialize_params", [], { image: IMAGE, size: 30, type: "pd-balanced" })),
      block("attached_disk", [], { source: raw(`google_compute_disk.${id}_data.id`), device_name: "data" }),
      block("network_interface", [], { subnetwork: raw(`google_compute_subnetwork.${r.tf}_${g.tf}.id`), network_ip: machineIp(r, g, i) }),
      block("shielded_instance_config", [], { enable_secure_boot: true })),
    ];
  });
}

function managedGroup(r: RegionPlan, g: GroupPlan, names: NameRegistry): Item[] {
  const id = `${r.tf}_${g.tf}`;
  const scale = g.group.scale;
  const blocks: Item[] = [
    block("resource", ["google_compute_instance_template", id], {
      name_prefix: tpl(`\${local.name_prefix}-${names.name(`tpl:${g.group.id}`, g.slug).slice(0, 30)}-`),
      machine_type: g.vmSize,
      region: r.region.region,
      tags: [groupTag(g)],
      labels: raw("local.labels"),
      metadata: metadata(),
    },
    block("disk", [], { source_image: IMAGE, boot: true, auto_delete: true, disk_size_gb: 30, disk_type: "pd-balanced" }),
    block("disk", [], { boot: false, auto_delete: false, disk_size_gb: g.group.storage.sizeGB, disk_type: diskType(g), device_name: "data" }),
    block("network_interface", [], { subnetwork: raw(`google_compute_subnetwork.${id}.id`) }),
    block("shielded_instance_config", [], { enable_secure_boot: true }),
    block("lifecycle", [], { create_before_destroy: true })),
    block("resource", ["google_compute_region_instance_group_manager", id], {
      name: gcpName(names, `mig:${g.group.id}`, `${r.slug}-${g.slug}`),
      region: r.region.region,
      base_instance_name: tpl(`\${local.name_prefix}-${g.slug}`),
      target_size: scale ? undefined : g.group.count,
    }, block("version", [], { instance_template: raw(`google_compute_instance_template.${id}.self_link_unique`) })),
  ];
  if (scale) {
    blocks.push(block("resource", ["google_compute_region_autoscaler", id], {
      name: gcpName(names, `autoscaler:${g.group.id}`, `${r.slug}-${g.slug}-autoscaler`),
      region: r.region.region,
      target: raw(`google_compute_region_instance_group_manager.${id}.id`),
    }, block("autoscaling_policy", [], { min_replicas: scale.min, max_replicas: scale.max, cooldown_period: 120 },
      block("cpu_utilization", [], { target: scale.targetCpu / 100 }))));
  }
  return blocks;
}

function outputs(regions: RegionPlan[]): Item[] {
  const out: Item[] = [
    block("output", ["network_names"], { description: "VPC network per region.", value: Object.fromEntries(regions.map((r) => [r.region.id, raw(`${NETWORK}.name`)])) }),
  ];
  const clusters = regions.filter((r) => r.kinds.has("kubernetes"));
  if (clusters.length > 0) {
    out.push(block("output", ["gke_get_credentials"], {
      description: "Run these to point kubectl at each region's cluster before installing the Helm releases.",
      value: Object.fromEntries(clusters.map((r) => [r.region.id, tpl(`gcloud container clusters get-credentials \${google_container_cluster.${r.tf}.name} --region ${r.region.region} --project \${var.project_id}`)])),
    }));
  }
  const vms = regions.flatMap((r) => groupsOfKind(r, "vm").flatMap((g) => g.nodes.map((n) => [n.name, raw(`google_compute_instance.${tfIdentifier(n.name)}.network_interface[0].network_ip`)] as const)));
  if (vms.length > 0) out.push(block("output", ["instance_private_ips"], { description: "Private address per Compute Engine node.", value: Object.fromEntries(vms) }));
  return out;
}

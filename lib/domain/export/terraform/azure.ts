// The Azure root module (azurerm 4.x): the networks (azure-network.ts), a private DNS zone with every node's
// name, per node group an NSG and an AKS node pool, VMs, a scale set or a Container Apps environment.

import { getRegion } from "../../catalog";
import { cidr, hostOf } from "../../net/ipv4";
import { NameRegistry, labelValue, tfIdentifier } from "../names";
import { machineIp } from "../node-addresses";
import { azureFabrics, located, regionNetwork, rg, vnet } from "./azure-network";
import { CLOUD_INIT } from "./cloud-init";
import { DNS_TTL_SECONDS, dnsRecords } from "./dns-records";
import { block, comment, quote, raw, renderFile, tpl, type Block, type Item } from "./hcl";
import { groupsOfKind, regionsOf, type GroupPlan, type NetworkPlan, type RegionPlan } from "./plan";
import { portLabel, type IngressRule } from "./security-rules";
import { documentComment, outputsFile, sharedLocals, terraformBlock, variablesFile } from "./variables";
import type { TerraformModule } from "./module";

const UBUNTU = { publisher: "Canonical", offer: "ubuntu-24_04-lts", sku: "server", version: "latest" };
const SYSTEM_POOL_SIZE = "Standard_D2s_v5";

export function azureModule(plan: NetworkPlan): TerraformModule | undefined {
  const regions = regionsOf(plan, "azure");
  if (regions.length === 0) return undefined;
  const files: Record<string, string> = {};
  const hasMachines = regions.some((r) => r.kinds.has("vm") || r.kinds.has("scale-set"));

  files["main.tf"] = renderFile([
    documentComment(plan.doc, "Azure infrastructure"),
    terraformBlock({ azurerm: { source: "hashicorp/azurerm", version: "~> 4.0" } }),
    block("provider", ["azurerm"], block("features", []), { subscription_id: raw("var.subscription_id") }),
    sharedLocals(),
  ]);
  files["variables.tf"] = variablesFile(plan, [
    block("variable", ["subscription_id"], {
      description: "Azure subscription to deploy into; null reads ARM_SUBSCRIPTION_ID.",
      type: raw("string"),
      default: null,
    }),
    block("variable", ["admin_username"], { description: "Admin user on virtual machines and scale sets.", type: raw("string"), default: "meridian" }),
  ]);
  files["network.tf"] = renderFile([...regions.flatMap((r) => regionNetwork(r)), ...azureFabrics(plan)]);
  files["dns.tf"] = renderFile(privateDns(plan, regions));
  files["security.tf"] = renderFile(regions.flatMap((r) => [...r.groups.map((g) => nsg(plan, r, g)), ...associations(r)]));
  const compute = regions.flatMap((r) => regionCompute(plan, r));
  if (compute.length > 0) files["compute.tf"] = renderFile(compute);
  files["outputs.tf"] = outputsFile(outputs(regions));
  if (hasMachines) files["cloud-init.yaml"] = CLOUD_INIT;
  return { dir: "azure", provider: "azure", files };
}

const subnetRef = (r: RegionPlan, g: GroupPlan) => `azurerm_subnet.${r.tf}_${g.tf}`;

function zonesOf(r: RegionPlan): string[] {
  const zones = getRegion("azure", r.region.region)?.availabilityZones ?? 0;
  return zones > 0 ? ["1", "2", "3"] : [];
}

/** The private zone lives in the first region's resource group (it is a global resource) and is linked to every VNet. */
function privateDns(plan: NetworkPlan, regions: RegionPlan[]): Item[] {
  const home = regions[0]!;
  const records = dnsRecords(plan, plan.p2p);
  return [
    comment(`Private zone ${plan.dnsZone}: every node's p2p name, resolvable from every VNet (other clouds hold the same records).`),
    block("resource", ["azurerm_private_dns_zone", "nodes"], {
      name: plan.dnsZone,
      resource_group_name: raw(`${rg(home)}.name`),
      tags: raw("local.tags"),
    }),
    ...regions.map((r) => block("resource", ["azurerm_private_dns_zone_virtual_network_link", r.tf], {
      name: `link-${r.slug}`,
      resource_group_name: raw(`${rg(home)}.name`),
      private_dns_zone_name: raw("azurerm_private_dns_zone.nodes.name"),
      virtual_network_id: raw(`${vnet(r)}.id`),
      registration_enabled: false,
      tags: raw("local.tags"),
    })),
    ...records.map((rec) => block("resource", ["azurerm_private_dns_a_record", tfIdentifier(rec.name)], {
      name: rec.name,
      zone_name: raw("azurerm_private_dns_zone.nodes.name"),
      resource_group_name: raw(`${rg(home)}.name`),
      ttl: DNS_TTL_SECONDS,
      records: [rec.ip],
    })),
  ];
}

function nsg(plan: NetworkPlan, r: RegionPlan, g: GroupPlan): Block {
  const rules = g.rules.map((rule, i) => securityRule(rule, 100 + i * 10));
  // Kubernetes pools also talk to the system pool and to pods, which overlay networking addresses from the pod range.
  const own = block("security_rule", [], {
    name: "group-internal",
    description: g.kind === "kubernetes" ? "Any traffic within the cluster: the group's nodes, the system pool and pods" : "Any traffic between the group's own hosts",
    priority: 3000,
    direction: "Inbound",
    access: "Allow",
    protocol: "*",
    source_port_range: "*",
    destination_port_range: "*",
    source_address_prefixes: g.kind === "kubernetes" ? [g.cidr, r.infra.system, r.cluster!.pods] : [g.cidr],
    destination_address_prefix: "*",
  });
  // Azure's default rules allow everything from the VNet and its peers; deny that so only the rules above apply.
  const deny = block("security_rule", [], {
    name: "deny-virtual-network",
    priority: 4000,
    direction: "Inbound",
    access: "Deny",
    protocol: "*",
    source_port_range: "*",
    destination_port_range: "*",
    source_address_prefix: "VirtualNetwork",
    destination_address_prefix: "*",
  });
  return block("resource", ["azurerm_network_security_group", `${r.tf}_${g.tf}`], {
    name: tpl(`nsg-\${local.name_prefix}-${r.slug}-${g.slug}`),
    ...located(r),
    tags: raw("local.tags"),
  }, ...rules, own, deny);
}

function securityRule(rule: IngressRule, priority: number): Block {
  const body = {
    name: rule.name,
    description: rule.description,
    priority,
    direction: "Inbound",
    access: "Allow",
    protocol: rule.protocol === "tcp" ? "Tcp" : "Udp",
    source_port_range: "*",
    destination_port_range: portLabel(rule),
    source_address_prefixes: rule.source.kind === "cidrs" ? [...rule.source.cidrs] : raw("var.rpc_allowed_cidrs"),
    destination_address_prefix: "*",
  };
  if (rule.source.kind === "cidrs") return block("security_rule", [], body);
  // An NSG rule needs at least one source: leave the rule out while no range is allowed.
  return block("dynamic", ["security_rule"], { for_each: raw(`length(var.rpc_allowed_cidrs) > 0 ? ["${rule.name}"] : []`) }, block("content", [], body));
}

function associations(r: RegionPlan): Item[] {
  return r.groups.map((g) => block("resource", ["azurerm_subnet_network_security_group_association", `${r.tf}_${g.tf}`], {
    subnet_id: raw(`${subnetRef(r, g)}.id`),
    network_security_group_id: raw(`azurerm_network_security_group.${r.tf}_${g.tf}.id`),
  }));
}

function regionCompute(plan: NetworkPlan, r: RegionPlan): Item[] {
  const blocks: Item[] = [];
  const k8s = groupsOfKind(r, "kubernetes");
  if (k8s.length > 0) blocks.push(...aks(plan, r, k8s));
  for (const g of groupsOfKind(r, "vm")) blocks.push(...virtualMachines(r, g));
  for (const g of groupsOfKind(r, "scale-set")) blocks.push(...scaleSet(r, g));
  const containers = groupsOfKind(r, "containers");
  if (containers.length > 0) blocks.push(...containerEnvironment(r, containers));
  return blocks;
}

function aks(plan: NetworkPlan, r: RegionPlan, groups: GroupPlan[]): Item[] {
  const zones = zonesOf(r);
  const { services: serviceCidr, pods: podCidr } = r.cluster!;
  const identity = `${r.tf}_aks`;
  const poolNames = new NameRegistry((raw) => aksPoolName(raw), "", 12);
  poolNames.name("system");
  const blocks: Item[] = [
    comment(`AKS in ${r.region.region}: a small system pool, then one user pool per node group (its own subnet and NSG).`),
    block("resource", ["azurerm_user_assigned_identity", identity], {
      name: tpl(`id-\${local.name_prefix}-${r.slug}-aks`),
      ...located(r),
      tags: raw("local.tags"),
    }),
    // The cluster identity manages load balancers and NAT in subnets it does not own.
    block("resource", ["azurerm_role_assignment", `${identity}_network`], {
      scope: raw(`${vnet(r)}.id`),
      role_definition_name: "Network Contributor",
      principal_id: raw(`azurerm_user_assigned_identity.${identity}.principal_id`),
    }),
    block("resource", ["azurerm_kubernetes_cluster", r.tf], {
      name: tpl(`aks-\${local.name_prefix}-${r.slug}`),
      ...located(r),
      dns_prefix: tpl(`\${local.name_prefix}-${r.slug}`),
      sku_tier: "Standard",
      tags: raw("local.tags"),
    },
    block("default_node_pool", [], {
      name: "system",
      vm_size: SYSTEM_POOL_SIZE,
      node_count: 2,
      vnet_subnet_id: raw(`azurerm_subnet.${r.tf}_system.id`),
      only_critical_addons_enabled: true,
      temporary_name_for_rotation: "systemtmp",
      zones: zones.length > 0 ? zones : undefined,
    }),
    block("identity", [], { type: "UserAssigned", identity_ids: [raw(`azurerm_user_assigned_identity.${identity}.id`)] }),
    block("network_profile", [], {
      network_plugin: "azure",
      network_plugin_mode: "overlay",
      network_data_plane: "cilium",
      network_policy: "cilium",
      pod_cidr: podCidr,
      service_cidr: serviceCidr,
      dns_service_ip: hostOf(cidr(serviceCidr), 10),
      outbound_type: "userAssignedNATGateway",
    }),
    { depends_on: [raw(`azurerm_role_assignment.${identity}_network`), raw(`azurerm_subnet_nat_gateway_association.${r.tf}_system`)] }),
  ];
  for (const g of groups) {
    const scale = g.group.scale;
    blocks.push(block("resource", ["azurerm_kubernetes_cluster_node_pool", `${r.tf}_${g.tf}`], {
      name: poolNames.name(g.group.id, g.slug),
      kubernetes_cluster_id: raw(`azurerm_kubernetes_cluster.${r.tf}.id`),
      vm_size: g.vmSize,
      vnet_subnet_id: raw(`${subnetRef(r, g)}.id`),
      zones: zones.length > 0 ? zones : undefined,
      os_disk_size_gb: 128,
      ...(scale
        ? { auto_scaling_enabled: true, min_count: Math.max(scale.min, 1), max_count: scale.max }
        : { node_count: g.group.count }),
      node_labels: { "meridian.io/node-group": labelValue(g.group.id), "meridian.io/role": g.group.role },
      tags: raw("local.tags"),
    }));
  }
  return blocks;
}

/** AKS user pool names: lowercase letters and digits, at most 12, starting with a letter. */
function aksPoolName(raw: string): string {
  const cleaned = raw.toLowerCase().replace(/[^a-z0-9]/g, "");
  const name = /^[a-z]/.test(cleaned) ? cleaned : `p${cleaned}`;
  return name.slice(0, 12) || "pool";
}

function diskType(g: GroupPlan): string {
  return g.group.storage.type === "premium" ? "Premium_LRS" : "StandardSSD_LRS";
}

function virtualMachines(r: RegionPlan, g: GroupPlan): Item[] {
  const zones = zonesOf(r);
  return g.nodes.flatMap((node, i) => {
    const id = tfIdentifier(node.name);
    const zone = zones.length > 0 ? zones[i % zones.length] : undefined;
    const ip = machineIp(r, g, i);
    return [
      comment(`${node.name}: ${g.group.role} of group ${g.group.id}`),
      block("resource", ["azurerm_network_interface", id], {
        name: tpl(`nic-\${local.name_prefix}-${node.name}`),
        ...located(r),
        tags: raw("local.tags"),
      }, block("ip_configuration", [], {
        name: "primary",
        subnet_id: raw(`${subnetRef(r, g)}.id`),
        private_ip_address_allocation: ip ? "Static" : "Dynamic",
        private_ip_address: ip,
      })),
      block("resource", ["azurerm_linux_virtual_machine", id], {
        name: tpl(`vm-\${local.name_prefix}-${node.name}`),
        ...located(r),
        size: g.vmSize,
        zone,
        admin_username: raw("var.admin_username"),
        network_interface_ids: [raw(`azurerm_network_interface.${id}.id`)],
        disable_password_authentication: true,
        custom_data: raw(`filebase64("\${path.module}/cloud-init.yaml")`),
        tags: raw(`merge(local.tags, { "meridian-node" = ${quote(node.name)}, "meridian-role" = ${quote(node.role)} })`),
      },
      block("admin_ssh_key", [], { username: raw("var.admin_username"), public_key: raw("var.ssh_public_key") }),
      block("os_disk", [], { caching: "ReadWrite", storage_account_type: "StandardSSD_LRS", disk_size_gb: 64 }),
      block("source_image_reference", [], UBUNTU)),
      block("resource", ["azurerm_managed_disk", `${id}_data`], {
        name: tpl(`disk-\${local.name_prefix}-${node.name}-data`),
        ...located(r),
        zone,
        storage_account_type: diskType(g),
        create_option: "Empty",
        disk_size_gb: g.group.storage.sizeGB,
        tags: raw("local.tags"),
      }),
      block("resource", ["azurerm_virtual_machine_data_disk_attachment", `${id}_data`], {
        managed_disk_id: raw(`azurerm_managed_disk.${id}_data.id`),
        virtual_machine_id: raw(`azurerm_linux_virtual_machine.${id}.id`),
        lun: 0,
        caching: "None",
      }),
    ];
  });
}

function scaleSet(r: RegionPlan, g: GroupPlan): Item[] {
  const zones = zonesOf(r);
  const id = `${r.tf}_${g.tf}`;
  const scale = g.group.scale;
  const blocks: Item[] = [
    block("resource", ["azurerm_linux_virtual_machine_scale_set", id], {
      name: tpl(`vmss-\${local.name_prefix}-${r.slug}-${g.slug}`),
      ...located(r),
      sku: g.vmSize,
      instances: g.group.count,
      zones: zones.length > 0 ? zones : undefined,
      admin_username: raw("var.admin_username"),
      disable_password_authentication: true,
      upgrade_mode: "Manual",
      custom_data: raw(`filebase64("\${path.module}/cloud-init.yaml")`),
      tags: raw(`merge(local.tags, { "meridian-node-group" = ${quote(g.group.id)}, "meridian-role" = ${quote(g.group.role)} })`),
    },
    block("admin_ssh_key", [], { username: raw("var.admin_username"), public_key: raw("var.ssh_public_key") }),
    block("source_image_reference", [], UBUNTU),
    block("os_disk", [], { caching: "ReadWrite", storage_account_type: "StandardSSD_LRS", disk_size_gb: 64 }),
    block("data_disk", [], { lun: 0, caching: "None", create_option: "Empty", disk_size_gb: g.group.storage.sizeGB, storage_account_type: diskType(g) }),
    block("network_interface", [], { name: "primary", primary: true },
      block("ip_configuration", [], { name: "primary", primary: true, subnet_id: raw(`${subnetRef(r, g)}.id`) }))),
  ];
  if (scale) {
    const rule = (operator: string, threshold: number, direction: string) => block("rule", [],
      block("metric_trigger", [], {
        metric_name: "Percentage CPU",
        metric_resource_id: raw(`azurerm_linux_virtual_machine_scale_set.${id}.id`),
        time_grain: "PT1M",
        statistic: "Average",
        time_window: "PT5M",
        time_aggregation: "Average",
        operator,
        threshold,
      }),
      block("scale_action", [], { direction, type: "ChangeCount", value: "1", cooldown: "PT5M" }));
    blocks.push(block("resource", ["azurerm_monitor_autoscale_setting", id], {
      name: tpl(`autoscale-\${local.name_prefix}-${r.slug}-${g.slug}`),
      ...located(r),
      target_resource_id: raw(`azurerm_linux_virtual_machine_scale_set.${id}.id`),
      tags: raw("local.tags"),
    }, block("profile", [], { name: "cpu" },
      block("capacity", [], { default: g.group.count, minimum: scale.min, maximum: scale.max }),
      rule("GreaterThan", scale.targetCpu, "Increase"),
      rule("LessThan", Math.max(10, scale.targetCpu - 30), "Decrease"))));
  }
  return blocks;
}

function containerEnvironment(r: RegionPlan, groups: GroupPlan[]): Item[] {
  return [
    comment(`Container Apps environment for ${groups.map((g) => g.group.id).join(", ")}: VNet-integrated and internal, so nodes are reached only over the network.`),
    block("resource", ["azurerm_container_app_environment", r.tf], {
      name: tpl(`cae-\${local.name_prefix}-${r.slug}`),
      ...located(r),
      infrastructure_subnet_id: raw(`azurerm_subnet.${r.tf}_containers.id`),
      internal_load_balancer_enabled: true,
      tags: raw("local.tags"),
    }, block("workload_profile", [], { name: "Consumption", workload_profile_type: "Consumption" })),
  ];
}

function outputs(regions: RegionPlan[]): Item[] {
  const out: Item[] = [
    block("output", ["virtual_network_ids"], {
      description: "VNet id per region.",
      value: Object.fromEntries(regions.map((r) => [r.region.id, raw(`${vnet(r)}.id`)])),
    }),
    block("output", ["nat_public_ips"], {
      description: "Egress address per region, for allow-lists elsewhere.",
      value: Object.fromEntries(regions.map((r) => [r.region.id, raw(`azurerm_public_ip.${r.tf}_nat.ip_address`)])),
    }),
  ];
  const clusters = regions.filter((r) => r.kinds.has("kubernetes"));
  if (clusters.length > 0) {
    out.push(block("output", ["aks_get_credentials"], {
      description: "Run these to point kubectl at each region's cluster before installing the Helm releases.",
      value: Object.fromEntries(clusters.map((r) => [r.region.id, tpl(`az aks get-credentials --resource-group \${${rg(r)}.name} --name \${azurerm_kubernetes_cluster.${r.tf}.name}`)])),
    }));
  }
  const vms = regions.flatMap((r) => groupsOfKind(r, "vm").flatMap((g) => g.nodes.map((n) => [n.name, raw(`azurerm_network_interface.${tfIdentifier(n.name)}.private_ip_address`)] as const)));
  if (vms.length > 0) {
    out.push(block("output", ["vm_private_ips"], { description: "Private address per VM node.", value: Object.fromEntries(vms) }));
  }
  return out;
}

// The AWS root module (aws 5.x): per region a VPC with an internet gateway and one NAT gateway, per node
// group three zonal subnets and a security group, VPC peering between every pair of VPCs (peering is not
// transitive, so a full mesh), a private hosted zone with every node's name, and per node group an EKS
// managed node group, EC2 instances, an Auto Scaling group or an ECS (Fargate) cluster.

import { labelValue, tfIdentifier } from "../names";
import { machineIp } from "../node-addresses";
import { CLOUD_INIT } from "./cloud-init";
import { DNS_TTL_SECONDS, dnsRecords } from "./dns-records";
import { block, comment, raw, renderFile, tpl, type Block, type Item } from "./hcl";
import type { TerraformModule } from "./module";
import { groupsOfKind, regionsOf, type GroupPlan, type NetworkPlan, type RegionPlan } from "./plan";
import type { IngressRule } from "./security-rules";
import { documentComment, outputsFile, sharedLocals, terraformBlock, variablesFile } from "./variables";

const ZONE_LETTERS = ["a", "b", "c"];

export function awsModule(plan: NetworkPlan): TerraformModule | undefined {
  const regions = regionsOf(plan, "aws");
  if (regions.length === 0) return undefined;
  const awsRegions = [...new Set(regions.map((r) => r.region.region))];
  const hasEks = regions.some((r) => r.kinds.has("kubernetes"));
  const hasEcs = regions.some((r) => r.kinds.has("containers"));
  const hasMachines = regions.some((r) => r.kinds.has("vm") || r.kinds.has("scale-set"));
  const files: Record<string, string> = {};

  files["main.tf"] = renderFile([
    documentComment(plan.doc, "AWS infrastructure"),
    terraformBlock({ aws: { source: "hashicorp/aws", version: "~> 5.0" } }),
    comment("One provider per region; the default one holds global resources (IAM)."),
    block("provider", ["aws"], { region: awsRegions[0]! }, block("default_tags", [], { tags: raw("local.tags") })),
    ...awsRegions.map((region) => block("provider", ["aws"], { alias: providerAlias(region), region }, block("default_tags", [], { tags: raw("local.tags") }))),
    sharedLocals(),
    ...(hasEks || hasEcs ? [block("data", ["aws_partition", "current"])] : []),
  ]);
  files["variables.tf"] = variablesFile(plan, [
    block("variable", ["ssh_key_name"], {
      description: "Name of an existing EC2 key pair for SSH to instances; null leaves SSH keys off (use SSM Session Manager).",
      type: raw("string"),
      default: null,
    }),
  ]);
  files["network.tf"] = renderFile([...regions.flatMap(regionNetwork), ...peeringMesh(plan)]);
  files["dns.tf"] = renderFile(privateZone(plan, regions));
  files["security.tf"] = renderFile(regions.flatMap((r) => r.groups.map((g) => securityGroup(r, g))));
  const compute: Item[] = [];
  if (hasEks) compute.push(...eksIam());
  if (hasEcs) compute.push(...ecsIam());
  for (const r of regions) compute.push(...regionCompute(plan, r));
  if (compute.length > 0) files["compute.tf"] = renderFile(compute);
  files["outputs.tf"] = outputsFile(outputs(regions));
  if (hasMachines) files["cloud-init.yaml"] = CLOUD_INIT;
  return { dir: "aws", provider: "aws", files };
}

export function providerAlias(awsRegion: string): string {
  return tfIdentifier(awsRegion);
}

const prov = (r: RegionPlan) => raw(`aws.${providerAlias(r.region.region)}`);
const vpc = (r: RegionPlan) => `aws_vpc.${r.tf}`;
const zoneName = (r: RegionPlan, i: number) => raw(`data.aws_availability_zones.${r.tf}.names[${i}]`);
const subnetIds = (r: RegionPlan, g: GroupPlan) => g.zonalCidrs.map((_, i) => raw(`aws_subnet.${r.tf}_${g.tf}_${ZONE_LETTERS[i]}.id`));
const nameTag = (name: string) => ({ Name: tpl(`\${local.name_prefix}-${name}`) });

function regionNetwork(r: RegionPlan): Item[] {
  const blocks: Item[] = [
    comment(`Region ${r.region.id} (${r.region.region})`),
    block("data", ["aws_availability_zones", r.tf], { provider: prov(r), state: "available" }),
    block("resource", ["aws_vpc", r.tf], {
      provider: prov(r),
      cidr_block: r.cidr,
      enable_dns_support: true,
      enable_dns_hostnames: true,
      tags: nameTag(r.slug),
    }),
    block("resource", ["aws_internet_gateway", r.tf], { provider: prov(r), vpc_id: raw(`${vpc(r)}.id`), tags: nameTag(r.slug) }),
    block("resource", ["aws_subnet", `${r.tf}_public`], {
      provider: prov(r),
      vpc_id: raw(`${vpc(r)}.id`),
      cidr_block: r.infra.gateway,
      availability_zone: zoneName(r, 0),
      tags: nameTag(`${r.slug}-public`),
    }),
    block("resource", ["aws_eip", `${r.tf}_nat`], { provider: prov(r), domain: "vpc", tags: nameTag(`${r.slug}-nat`) }),
    block("resource", ["aws_nat_gateway", r.tf], {
      provider: prov(r),
      allocation_id: raw(`aws_eip.${r.tf}_nat.id`),
      subnet_id: raw(`aws_subnet.${r.tf}_public.id`),
      tags: nameTag(r.slug),
      depends_on: [raw(`aws_internet_gateway.${r.tf}`)],
    }),
    block("resource", ["aws_route_table", `${r.tf}_public`], { provider: prov(r), vpc_id: raw(`${vpc(r)}.id`), tags: nameTag(`${r.slug}-public`) }),
    block("resource", ["aws_route", `${r.tf}_public_internet`], {
      provider: prov(r),
      route_table_id: raw(`aws_route_table.${r.tf}_public.id`),
      destination_cidr_block: "0.0.0.0/0",
      gateway_id: raw(`aws_internet_gateway.${r.tf}.id`),
    }),
    block("resource", ["aws_route_table_association", `${r.tf}_public`], {
      provider: prov(r),
      subnet_id: raw(`aws_subnet.${r.tf}_public.id`),
      route_table_id: raw(`aws_route_table.${r.tf}_public.id`),
    }),
    comment("Node subnets are private: egress through the NAT gateway, peers through peering or VPN routes."),
    block("resource", ["aws_route_table", `${r.tf}_private`], { provider: prov(r), vpc_id: raw(`${vpc(r)}.id`), tags: nameTag(`${r.slug}-private`) }),
    block("resource", ["aws_route", `${r.tf}_private_internet`], {
      provider: prov(r),
      route_table_id: raw(`aws_route_table.${r.tf}_private.id`),
      destination_cidr_block: "0.0.0.0/0",
      nat_gateway_id: raw(`aws_nat_gateway.${r.tf}.id`),
    }),
  ];
  if (r.kinds.has("kubernetes")) {
    // Internal NLBs give each Kubernetes node its p2p address; the AWS Load Balancer Controller finds this
    // subnet by its internal-elb role tag.
    blocks.push(
      block("resource", ["aws_subnet", `${r.tf}_lb`], {
        provider: prov(r),
        vpc_id: raw(`${vpc(r)}.id`),
        cidr_block: r.infra.loadBalancers,
        availability_zone: zoneName(r, 0),
        tags: { ...nameTag(`${r.slug}-p2p-lb`), "kubernetes.io/role/internal-elb": "1" },
      }),
      block("resource", ["aws_route_table_association", `${r.tf}_lb`], {
        provider: prov(r),
        subnet_id: raw(`aws_subnet.${r.tf}_lb.id`),
        route_table_id: raw(`aws_route_table.${r.tf}_private.id`),
      }),
    );
  }
  for (const g of r.groups) {
    g.zonalCidrs.forEach((cidr, i) => {
      const id = `${r.tf}_${g.tf}_${ZONE_LETTERS[i]}`;
      blocks.push(
        block("resource", ["aws_subnet", id], {
          provider: prov(r),
          vpc_id: raw(`${vpc(r)}.id`),
          cidr_block: cidr,
          availability_zone: zoneName(r, i),
          tags: { ...nameTag(`${r.slug}-${g.slug}-${ZONE_LETTERS[i]}`), "meridian-node-group": g.group.id },
        }),
        block("resource", ["aws_route_table_association", id], {
          provider: prov(r),
          subnet_id: raw(`aws_subnet.${id}.id`),
          route_table_id: raw(`aws_route_table.${r.tf}_private.id`),
        }),
      );
    });
  }
  return blocks;
}

/** Every pair of VPCs of each AWS fabric: requester in one region, accepter in the other, and routes both ways. */
function peeringMesh(plan: NetworkPlan): Item[] {
  const items: Item[] = [];
  for (const fabric of plan.model.fabrics) {
    if (fabric.provider !== "aws") continue;
    const regions = fabric.regions.map((i) => plan.regions[i]!);
    if (regions.length > 1) items.push(comment(`VPC peering between every pair of the ${regions.length} VPCs${fabric.cloud === "commercial" ? "" : ` of the ${fabric.cloud} cloud`}.`));
    for (let x = 0; x < regions.length; x++) {
      for (let y = x + 1; y < regions.length; y++) items.push(...peering(`peer_${regions[x]!.tf}_${regions[y]!.tf}`, regions[x]!, regions[y]!));
    }
  }
  return items;
}

/** Cross-region peering cannot auto-accept: the accepter side accepts in its own region. */
function peering(label: string, from: RegionPlan, to: RegionPlan): Item[] {
  const sameRegion = from.region.region === to.region.region;
  const routes = (r: RegionPlan, other: RegionPlan, suffix: string) => other.routed.map((prefix, k) => block("resource", ["aws_route", `${label}_${suffix}${k === 0 ? "" : `_${k}`}`], {
    provider: prov(r),
    route_table_id: raw(`aws_route_table.${r.tf}_private.id`),
    destination_cidr_block: prefix,
    vpc_peering_connection_id: raw(`aws_vpc_peering_connection_accepter.${label}.id`),
  }));
  return [
    block("resource", ["aws_vpc_peering_connection", label], {
      provider: prov(from),
      vpc_id: raw(`${vpc(from)}.id`),
      peer_vpc_id: raw(`${vpc(to)}.id`),
      peer_region: sameRegion ? undefined : to.region.region,
      tags: nameTag(`${from.slug}-to-${to.slug}`),
    }),
    block("resource", ["aws_vpc_peering_connection_accepter", label], {
      provider: prov(to),
      vpc_peering_connection_id: raw(`aws_vpc_peering_connection.${label}.id`),
      auto_accept: true,
      tags: nameTag(`${from.slug}-to-${to.slug}`),
    }),
    ...routes(from, to, "forward"),
    ...routes(to, from, "reverse"),
  ];
}

/** One private hosted zone associated with every VPC (a zone may serve VPCs of any region). */
function privateZone(plan: NetworkPlan, regions: RegionPlan[]): Item[] {
  return [
    comment(`Private zone ${plan.dnsZone}: every node's p2p name, resolvable from every VPC (other clouds hold the same records).`),
    block("resource", ["aws_route53_zone", "nodes"], {
      name: plan.dnsZone,
      comment: "Node names of the network, managed by Meridian",
    }, ...regions.map((r) => block("vpc", [], { vpc_id: raw(`${vpc(r)}.id`), vpc_region: r.region.region }))),
    ...dnsRecords(plan, plan.p2p).map((rec) => block("resource", ["aws_route53_record", tfIdentifier(rec.name)], {
      zone_id: raw("aws_route53_zone.nodes.zone_id"),
      name: `${rec.name}.${plan.dnsZone}`,
      type: "A",
      ttl: DNS_TTL_SECONDS,
      records: [rec.ip],
    })),
  ];
}

function securityGroup(r: RegionPlan, g: GroupPlan): Block {
  const own = block("ingress", [], {
    description: "Any traffic between the group's own hosts",
    from_port: 0,
    to_port: 0,
    protocol: "-1",
    self: true,
  });
  return block("resource", ["aws_security_group", `${r.tf}_${g.tf}`], {
    provider: prov(r),
    name: tpl(`\${local.name_prefix}-${r.slug}-${g.slug}`),
    description: `Node group ${g.group.id} (${g.group.role})`,
    vpc_id: raw(`${vpc(r)}.id`),
    tags: nameTag(`${r.slug}-${g.slug}`),
  }, ...g.rules.map(ingress), own, block("egress", [], {
    description: "Outbound to peers, image registries and package mirrors",
    from_port: 0,
    to_port: 0,
    protocol: "-1",
    cidr_blocks: ["0.0.0.0/0"],
  }));
}

function ingress(rule: IngressRule): Block {
  const body = {
    description: rule.description,
    from_port: rule.fromPort,
    to_port: rule.toPort,
    protocol: rule.protocol,
    cidr_blocks: rule.source.kind === "cidrs" ? [...rule.source.cidrs] : raw("var.rpc_allowed_cidrs"),
  };
  if (rule.source.kind === "cidrs") return block("ingress", [], body);
  return block("dynamic", ["ingress"], { for_each: raw(`length(var.rpc_allowed_cidrs) > 0 ? ["${rule.name}"] : []`) }, block("content", [], body));
}

function assumeRole(name: string, service: string): Block {
  return block("data", ["aws_iam_policy_document", name],
    block("statement", [], { actions: ["sts:AssumeRole"] }, block("principals", [], { type: "Service", identifiers: [service] })));
}

function managedPolicy(resource: string, role: string, policy: string): Block {
  return block("resource", ["aws_iam_role_policy_attachment", resource], {
    role: raw(`aws_iam_role.${role}.name`),
    policy_arn: tpl(`arn:\${data.aws_partition.current.partition}:iam::aws:policy/${policy}`),
  });
}

const NODE_POLICIES = {
  eks_nodes_worker: "AmazonEKSWorkerNodePolicy",
  eks_nodes_cni: "AmazonEKS_CNI_Policy",
  eks_nodes_ecr: "AmazonEC2ContainerRegistryReadOnly",
  // Persistent volumes for chain data come from the EBS CSI driver, which runs with the node role here.
  eks_nodes_ebs: "service-role/AmazonEBSCSIDriverPolicy",
  eks_nodes_ssm: "AmazonSSMManagedInstanceCore",
};

function eksIam(): Item[] {
  return [
    comment("EKS roles, shared by every region's cluster."),
    assumeRole("eks_assume", "eks.amazonaws.com"),
    assumeRole("ec2_assume", "ec2.amazonaws.com"),
    block("resource", ["aws_iam_role", "eks_cluster"], { name: tpl("${local.name_prefix}-eks-cluster"), assume_role_policy: raw("data.aws_iam_policy_document.eks_assume.json") }),
    managedPolicy("eks_cluster", "eks_cluster", "AmazonEKSClusterPolicy"),
    block("resource", ["aws_iam_role", "eks_nodes"], { name: tpl("${local.name_prefix}-eks-nodes"), assume_role_policy: raw("data.aws_iam_policy_document.ec2_assume.json") }),
    ...Object.entries(NODE_POLICIES).map(([resource, policy]) => managedPolicy(resource, "eks_nodes", policy)),
  ];
}

function ecsIam(): Item[] {
  return [
    comment("ECS task execution role: pulls images and writes logs for Fargate tasks."),
    assumeRole("ecs_tasks_assume", "ecs-tasks.amazonaws.com"),
    block("resource", ["aws_iam_role", "ecs_task_execution"], { name: tpl("${local.name_prefix}-ecs-task-execution"), assume_role_policy: raw("data.aws_iam_policy_document.ecs_tasks_assume.json") }),
    managedPolicy("ecs_task_execution", "ecs_task_execution", "service-role/AmazonECSTaskExecutionRolePolicy"),
  ];
}

function regionCompute(plan: NetworkPlan, r: RegionPlan): Item[] {
  const blocks: Item[] = [];
  const eks = groupsOfKind(r, "kubernetes");
  if (eks.length > 0) blocks.push(...eksCluster(r, eks));
  const machines = [...groupsOfKind(r, "vm"), ...groupsOfKind(r, "scale-set")];
  for (const arch of new Set(machines.map((g) => architecture(g.vmSize)))) blocks.push(ubuntuAmi(r, arch));
  for (const g of groupsOfKind(r, "vm")) blocks.push(...instances(plan, r, g));
  for (const g of groupsOfKind(r, "scale-set")) blocks.push(...autoScalingGroup(plan, r, g));
  const containers = groupsOfKind(r, "containers");
  if (containers.length > 0) blocks.push(...ecsCluster(r, containers));
  return blocks;
}

function eksCluster(r: RegionPlan, groups: GroupPlan[]): Item[] {
  const blocks: Item[] = [
    comment(`EKS in ${r.region.region}: one managed node group per node group, in its own subnets and security group.`),
    block("resource", ["aws_eks_cluster", r.tf], {
      provider: prov(r),
      name: tpl(`\${local.name_prefix}-${r.slug}`),
      role_arn: raw("aws_iam_role.eks_cluster.arn"),
      tags: nameTag(r.slug),
      depends_on: [raw("aws_iam_role_policy_attachment.eks_cluster")],
    }, block("vpc_config", [], {
      subnet_ids: groups.flatMap((g) => subnetIds(r, g)),
      endpoint_private_access: true,
      endpoint_public_access: true,
    }), block("kubernetes_network_config", [], { service_ipv4_cidr: r.cluster!.services })),
  ];
  for (const g of groups) {
    const id = `${r.tf}_${g.tf}`;
    const scale = g.group.scale;
    blocks.push(
      // A launch template attaches the group's security group next to the cluster's.
      block("resource", ["aws_launch_template", `${id}_eks`], {
        provider: prov(r),
        name_prefix: tpl(`\${local.name_prefix}-${r.slug}-${g.slug}-`),
        vpc_security_group_ids: [raw(`aws_security_group.${id}.id`), raw(`aws_eks_cluster.${r.tf}.vpc_config[0].cluster_security_group_id`)],
      },
      block("block_device_mappings", [], { device_name: "/dev/xvda" }, block("ebs", [], { volume_size: 50, volume_type: "gp3", encrypted: true })),
      block("metadata_options", [], { http_tokens: "required", http_put_response_hop_limit: 2 })),
      block("resource", ["aws_eks_node_group", id], {
        provider: prov(r),
        cluster_name: raw(`aws_eks_cluster.${r.tf}.name`),
        node_group_name: g.slug,
        node_role_arn: raw("aws_iam_role.eks_nodes.arn"),
        subnet_ids: subnetIds(r, g),
        instance_types: [g.vmSize],
        labels: { "meridian.io/node-group": labelValue(g.group.id), "meridian.io/role": g.group.role },
        depends_on: Object.keys(NODE_POLICIES).map((p) => raw(`aws_iam_role_policy_attachment.${p}`)),
      },
      block("scaling_config", [], {
        desired_size: g.group.count,
        min_size: scale ? scale.min : g.group.count,
        max_size: scale ? scale.max : g.group.count,
      }),
      block("launch_template", [], { id: raw(`aws_launch_template.${id}_eks.id`), version: raw(`aws_launch_template.${id}_eks.latest_version`) })),
    );
  }
  blocks.push(block("resource", ["aws_eks_addon", `${r.tf}_ebs_csi`], {
    provider: prov(r),
    cluster_name: raw(`aws_eks_cluster.${r.tf}.name`),
    addon_name: "aws-ebs-csi-driver",
    depends_on: groups.map((g) => raw(`aws_eks_node_group.${r.tf}_${g.tf}`)),
  }));
  return blocks;
}

/** Graviton sizes (m7g, c6gn, t4g, ...) need arm64 images. */
function architecture(vmSize: string): "amd64" | "arm64" {
  return /^[a-z]+\d+[a-z]*g[a-z]*\./.test(vmSize) ? "arm64" : "amd64";
}

function ubuntuAmi(r: RegionPlan, arch: "amd64" | "arm64"): Block {
  return block("data", ["aws_ami", `${r.tf}_ubuntu_${arch}`], {
    provider: prov(r),
    most_recent: true,
    owners: ["099720109477"],
  }, block("filter", [], { name: "name", values: [`ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-${arch}-server-*`] }));
}

function volumeType(g: GroupPlan): Record<string, string | number> {
  return g.group.storage.type === "premium" ? { type: "io2", iops: 3000 } : { type: "gp3" };
}

function instances(plan: NetworkPlan, r: RegionPlan, g: GroupPlan): Item[] {
  const subnets = subnetIds(r, g);
  return g.nodes.flatMap((node, i) => {
    const id = tfIdentifier(node.name);
    const zone = i % subnets.length;
    const ip = machineIp(r, g, i);
    return [
      comment(`${node.name}: ${g.group.role} of group ${g.group.id}`),
      block("resource", ["aws_instance", id], {
        provider: prov(r),
        ami: raw(`data.aws_ami.${r.tf}_ubuntu_${architecture(g.vmSize)}.id`),
        instance_type: g.vmSize,
        subnet_id: subnets[zone]!,
        private_ip: ip,
        vpc_security_group_ids: [raw(`aws_security_group.${r.tf}_${g.tf}.id`)],
        key_name: raw("var.ssh_key_name"),
        user_data: raw(`file("\${path.module}/cloud-init.yaml")`),
        tags: { Name: tpl(`\${local.name_prefix}-${node.name}`), "meridian-node": node.name, "meridian-role": node.role },
      },
      block("root_block_device", [], { volume_size: 30, volume_type: "gp3", encrypted: true }),
      block("metadata_options", [], { http_tokens: "required" })),
      block("resource", ["aws_ebs_volume", `${id}_data`], {
        provider: prov(r),
        availability_zone: raw(`aws_instance.${id}.availability_zone`),
        size: g.group.storage.sizeGB,
        ...volumeType(g),
        encrypted: plan.doc.operations.encryptionAtRest,
        tags: { Name: tpl(`\${local.name_prefix}-${node.name}-data`) },
      }),
      block("resource", ["aws_volume_attachment", `${id}_data`], {
        provider: prov(r),
        device_name: "/dev/sdf",
        volume_id: raw(`aws_ebs_volume.${id}_data.id`),
        instance_id: raw(`aws_instance.${id}.id`),
      }),
    ];
  });
}

function autoScalingGroup(plan: NetworkPlan, r: RegionPlan, g: GroupPlan): Item[] {
  const id = `${r.tf}_${g.tf}`;
  const scale = g.group.scale;
  return [
    block("resource", ["aws_launch_template", id], {
      provider: prov(r),
      name_prefix: tpl(`\${local.name_prefix}-${r.slug}-${g.slug}-`),
      image_id: raw(`data.aws_ami.${r.tf}_ubuntu_${architecture(g.vmSize)}.id`),
      instance_type: g.vmSize,
      key_name: raw("var.ssh_key_name"),
      vpc_security_group_ids: [raw(`aws_security_group.${id}.id`)],
      user_data: raw(`filebase64("\${path.module}/cloud-init.yaml")`),
    },
    block("block_device_mappings", [], { device_name: "/dev/sda1" }, block("ebs", [], { volume_size: 30, volume_type: "gp3", encrypted: true })),
    block("block_device_mappings", [], { device_name: "/dev/sdf" }, block("ebs", [], {
      volume_size: g.group.storage.sizeGB,
      volume_type: String(volumeType(g).type),
      iops: g.group.storage.type === "premium" ? 3000 : undefined,
      encrypted: plan.doc.operations.encryptionAtRest,
      delete_on_termination: false,
    })),
    block("metadata_options", [], { http_tokens: "required" }),
    block("tag_specifications", [], { resource_type: "instance", tags: { "meridian-node-group": g.group.id, "meridian-role": g.group.role } })),
    block("resource", ["aws_autoscaling_group", id], {
      provider: prov(r),
      name: tpl(`\${local.name_prefix}-${r.slug}-${g.slug}`),
      vpc_zone_identifier: subnetIds(r, g),
      desired_capacity: g.group.count,
      min_size: scale ? scale.min : g.group.count,
      max_size: scale ? scale.max : g.group.count,
      health_check_type: "EC2",
    },
    block("launch_template", [], { id: raw(`aws_launch_template.${id}.id`), version: raw(`aws_launch_template.${id}.latest_version`) }),
    block("tag", [], { key: "Name", value: tpl(`\${local.name_prefix}-${r.slug}-${g.slug}`), propagate_at_launch: true })),
    ...(scale
      ? [block("resource", ["aws_autoscaling_policy", `${id}_cpu`], {
          provider: prov(r),
          name: "cpu-target",
          autoscaling_group_name: raw(`aws_autoscaling_group.${id}.name`),
          policy_type: "TargetTrackingScaling",
        }, block("target_tracking_configuration", [], { target_value: scale.targetCpu },
          block("predefined_metric_specification", [], { predefined_metric_type: "ASGAverageCPUUtilization" })))]
      : []),
  ];
}

function ecsCluster(r: RegionPlan, groups: GroupPlan[]): Item[] {
  return [
    comment(`ECS on Fargate for ${groups.map((g) => g.group.id).join(", ")}: the cluster, its capacity providers and a log group.`),
    block("resource", ["aws_ecs_cluster", r.tf], {
      provider: prov(r),
      name: tpl(`\${local.name_prefix}-${r.slug}`),
    }, block("setting", [], { name: "containerInsights", value: "enabled" })),
    block("resource", ["aws_ecs_cluster_capacity_providers", r.tf], {
      provider: prov(r),
      cluster_name: raw(`aws_ecs_cluster.${r.tf}.name`),
      capacity_providers: ["FARGATE"],
    }, block("default_capacity_provider_strategy", [], { capacity_provider: "FARGATE", weight: 1 })),
    block("resource", ["aws_cloudwatch_log_group", `${r.tf}_ecs`], {
      provider: prov(r),
      name: tpl(`/meridian/\${local.name_prefix}/${r.slug}`),
      retention_in_days: 30,
    }),
  ];
}

function outputs(regions: RegionPlan[]): Item[] {
  const out: Item[] = [
    block("output", ["vpc_ids"], { description: "VPC id per region.", value: Object.fromEntries(regions.map((r) => [r.region.id, raw(`${vpc(r)}.id`)])) }),
    block("output", ["nat_public_ips"], {
      description: "Egress address per region, for allow-lists elsewhere.",
      value: Object.fromEntries(regions.map((r) => [r.region.id, raw(`aws_eip.${r.tf}_nat.public_ip`)])),
    }),
  ];
  const clusters = regions.filter((r) => r.kinds.has("kubernetes"));
  if (clusters.length > 0) {
    out.push(block("output", ["eks_update_kubeconfig"], {
      description: "Run these to point kubectl at each region's cluster before installing the Helm releases.",
      value: Object.fromEntries(clusters.map((r) => [r.region.id, tpl(`aws eks update-kubeconfig --region ${r.region.region} --name \${aws_eks_cluster.${r.tf}.name}`)])),
    }));
  }
  const vms = regions.flatMap((r) => groupsOfKind(r, "vm").flatMap((g) => g.nodes.map((n) => [n.name, raw(`aws_instance.${tfIdentifier(n.name)}.private_ip`)] as const)));
  if (vms.length > 0) out.push(block("output", ["instance_private_ips"], { description: "Private address per EC2 node.", value: Object.fromEntries(vms) }));
  return out;
}

// Where each node of the bundle runs, as its files say: a virtual machine (tagged with the node's name, a
// fixed address on a network interface), or a Kubernetes pod (a StatefulSet whose node selector picks a node
// pool in a subnet, the Secret that gives ordinal i its key, and a LoadBalancer Service with a fixed address
// in front of it). What the node dials comes from its configuration: machines/<node>/static-nodes.json, or
// its cluster's network-config ConfigMap.

import { parseAllDocuments } from "yaml";
import { cidr, containsIp, parseIp, type Ipv4Range } from "../net/ipv4";
import type { Network, SecurityContext, Subnet } from "./network-types";
import type { NetworkFacts } from "./read-network";
import { all, first, stringsOf, type Json, type TfBlock } from "./terraform-inventory";

export interface BundleText {
  readonly path: string;
  readonly text: string;
}

export interface Endpoint {
  readonly node: string;
  readonly role: string;
  readonly publicKey: string;
  /** Where its packets leave from, and the addresses they carry (one range per subnet it may run in). */
  readonly subnets: readonly Subnet[];
  readonly sources: readonly Ipv4Range[];
  readonly tags: readonly string[];
  readonly securityGroups: readonly TfBlock[];
  /** Who may reach it: the rules of where it runs. */
  readonly security: readonly SecurityContext[];
  /** The address other regions dial, and the resource that gives it. */
  readonly address?: { readonly ip: string; readonly network: Network; readonly resource: string };
  /** The k8s/<folder> it runs in, and its in-cluster DNS name. */
  readonly cluster?: string;
  readonly clusterName?: string;
  /** The enode URLs its configuration lists, and the file. */
  readonly dials?: { readonly enodes: readonly string[]; readonly file: string };
  /** Why part of its placement could not be read. */
  readonly problems: readonly string[];
}

export interface ManifestNode {
  readonly name: string;
  readonly role: string;
  readonly publicKey: string;
  readonly enode: string;
}

function jsonList(text: string | undefined): string[] {
  if (text === undefined) return [];
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

/** `"meridian-node" = "name"` inside a tags or labels expression. */
function taggedNode(value: unknown): string | undefined {
  if (typeof value === "object" && value !== null) {
    const v = (value as Json)["meridian-node"];
    return typeof v === "string" ? v : undefined;
  }
  return typeof value === "string" ? /"meridian-node"\s*=\s*"([^"]+)"/.exec(value)?.[1] : undefined;
}

function subnetFor(facts: NetworkFacts, from: TfBlock, ref: unknown): Subnet | undefined {
  return facts.subnetOf(facts.tf.resolve(from, ref));
}

function securityOf(subnet: Subnet, tags: readonly string[], groups: readonly TfBlock[]): SecurityContext {
  const cloud = subnet.network.cloud;
  if (cloud === "azure") return { cloud, subnet };
  if (cloud === "aws") return { cloud, securityGroups: groups };
  return { cloud, network: subnet.network, tags };
}

export function readEndpoints(facts: NetworkFacts, files: readonly BundleText[], nodes: readonly ManifestNode[]): Endpoint[] {
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const text = (path: string) => files.find((f) => f.path === path)?.text;
  const out: Endpoint[] = [];
  const tf = facts.tf;

  const machine = (name: string | undefined, subnet: Subnet | undefined, ip: unknown, tags: string[], groups: TfBlock[], resource: TfBlock) => {
    const node = name ? byName.get(name) : undefined;
    if (!node) return;
    const problems: string[] = [];
    const address = typeof ip === "string" && parseIp(ip) !== undefined ? ip : undefined;
    if (!subnet) problems.push(`${resource.address}: its subnet is not in the bundle`);
    if (!address) problems.push(`${resource.address}: no fixed private address`);
    const file = `machines/${node.name}/static-nodes.json`;
    out.push({
      node: node.name, role: node.role, publicKey: node.publicKey,
      subnets: subnet ? [subnet] : [], sources: address ? [cidr(`${address}/32`)] : [], tags, securityGroups: groups,
      security: subnet ? [securityOf(subnet, tags, groups)] : [],
      ...(subnet && address ? { address: { ip: address, network: subnet.network, resource: resource.address } } : {}),
      ...(text(file) !== undefined ? { dials: { enodes: jsonList(text(file)), file } } : {}),
      problems,
    });
  };
  for (const vm of tf.ofType("azurerm_linux_virtual_machine")) {
    const nic = tf.resolve(vm, stringsOf(vm.body.network_interface_ids)[0]);
    const ipc = nic ? first(nic.body.ip_configuration) : undefined;
    machine(taggedNode(vm.body.tags), nic && ipc ? subnetFor(facts, nic, ipc.subnet_id) : undefined, ipc?.private_ip_address, [], [], vm);
  }
  for (const vm of tf.ofType("aws_instance")) {
    const groups = stringsOf(vm.body.vpc_security_group_ids).flatMap((r) => tf.resolve(vm, r) ?? []).filter((g) => g.type === "aws_security_group");
    machine(taggedNode(vm.body.tags), subnetFor(facts, vm, vm.body.subnet_id), vm.body.private_ip, [], groups, vm);
  }
  for (const vm of tf.ofType("google_compute_instance")) {
    const ni = first(vm.body.network_interface);
    machine(taggedNode(vm.body.labels), ni ? subnetFor(facts, vm, ni.subnetwork) : undefined, ni?.network_ip, stringsOf(vm.body.tags), [], vm);
  }

  for (const folder of new Set(files.filter((f) => f.path.startsWith("k8s/")).map((f) => f.path.split("/")[1]!))) {
    out.push(...clusterEndpoints(facts, files, folder, byName));
  }
  return out;
}

interface PoolPlacement {
  readonly subnets: Subnet[];
  readonly sources: Ipv4Range[];
  readonly tags: string[];
  readonly groups: TfBlock[];
  readonly network: Network | undefined;
  readonly resource: string;
}

/** The node pool whose nodes carry `meridian.io/node-group: group`, and what its pods' packets look like. */
function poolFor(facts: NetworkFacts, group: string): PoolPlacement | undefined {
  const tf = facts.tf;
  const label = (v: unknown) => (typeof v === "object" && v !== null ? (v as Json)["meridian.io/node-group"] : undefined);
  const azure = tf.ofType("azurerm_kubernetes_cluster_node_pool").find((p) => label(p.body.node_labels) === group);
  if (azure) {
    // Overlay pods leave the node with its address: the pool's subnet.
    const subnet = subnetFor(facts, azure, azure.body.vnet_subnet_id);
    return subnet ? { subnets: [subnet], sources: [subnet.ranges[0]!], tags: [], groups: [], network: subnet.network, resource: azure.address } : undefined;
  }
  const aws = tf.ofType("aws_eks_node_group").find((p) => label(p.body.labels) === group);
  if (aws) {
    const subnets = stringsOf(aws.body.subnet_ids).flatMap((r) => subnetFor(facts, aws, r) ?? []);
    const template = tf.resolve(aws, first(aws.body.launch_template)?.id);
    // The cluster's own security group (EKS manages it) only admits the cluster itself: the group's is what counts.
    const groups = template ? stringsOf(template.body.vpc_security_group_ids).flatMap((r) => tf.resolve(template, r) ?? []).filter((g) => g.type === "aws_security_group") : [];
    return { subnets, sources: subnets.map((s) => s.ranges[0]!), tags: [], groups, network: subnets[0]?.network, resource: aws.address };
  }
  const gcp = tf.ofType("google_container_node_pool").find((p) => label(first(p.body.node_config)?.labels) === group);
  if (gcp) {
    const cluster = tf.resolve(gcp, gcp.body.cluster);
    const subnet = cluster ? subnetFor(facts, cluster, cluster.body.subnetwork) : undefined;
    const rangeName = cluster ? first(cluster.body.ip_allocation_policy)?.cluster_secondary_range_name : undefined;
    const secondary = subnet ? all(subnet.block.body.secondary_ip_range).find((r) => r.range_name === rangeName) : undefined;
    // VPC-native pods keep their own addresses (the cluster's pod range) on private destinations.
    const pods = typeof secondary?.ip_cidr_range === "string" ? cidr(secondary.ip_cidr_range) : undefined;
    return subnet && pods
      ? { subnets: [subnet], sources: [pods], tags: stringsOf(first(gcp.body.node_config)?.tags), groups: [], network: subnet.network, resource: gcp.address }
      : undefined;
  }
  return undefined;
}

function clusterEndpoints(facts: NetworkFacts, files: readonly BundleText[], folder: string, byName: ReadonlyMap<string, ManifestNode>): Endpoint[] {
  const prefix = `k8s/${folder}/`;
  const docs = files
    .filter((f) => f.path.startsWith(prefix) && f.path.endsWith(".yaml"))
    .flatMap((f) => parseAllDocuments(f.text).map((d) => d.toJSON() as Json | null).filter((d): d is Json => d !== null));
  const config = docs.find((d) => d.kind === "ConfigMap" && (d.metadata as Json | undefined)?.name === "network-config");
  const staticNodes = jsonList((config?.data as Json | undefined)?.["static-nodes.json"] as string | undefined);
  // create-secrets.sh gives ordinal i of StatefulSet s the key of node n: "create secret generic s-keys", then "--from-file=nodekey-i=...keys/n/nodekey".
  const script = files.find((f) => f.path === `${prefix}create-secrets.sh`)?.text ?? "";
  const ordinals = new Map<string, string>();
  let current = "";
  for (const line of script.split("\n")) {
    const secret = /create secret generic (\S+)-keys/.exec(line);
    if (secret) current = secret[1]!;
    const key = /--from-file=nodekey-(\d+)="\$KEYS\/([^/]+)\/nodekey"/.exec(line);
    if (key && current) ordinals.set(`${current}-${key[1]}`, key[2]!);
  }
  const services = docs.filter((d) => d.kind === "Service" && (d.spec as Json | undefined)?.type === "LoadBalancer");
  const out: Endpoint[] = [];
  for (const sts of docs.filter((d) => d.kind === "StatefulSet")) {
    const meta = sts.metadata as Json;
    const name = String(meta.name);
    const namespace = String(meta.namespace ?? "default");
    const podSpec = (((sts.spec as Json).template as Json).spec ?? {}) as Json;
    const group = String((podSpec.nodeSelector as Json | undefined)?.["meridian.io/node-group"] ?? "");
    const pool = poolFor(facts, group);
    const replicas = Number((sts.spec as Json).replicas ?? 1);
    for (let i = 0; i < replicas; i++) {
      const pod = `${name}-${i}`;
      const node = byName.get(ordinals.get(pod) ?? "");
      if (!node) continue;
      const problems: string[] = [];
      if (!pool) problems.push(`${prefix}${name}: no node pool in the Terraform carries meridian.io/node-group=${group}`);
      const service = services.find((s) => ((s.spec as Json).selector as Json | undefined)?.["statefulset.kubernetes.io/pod-name"] === pod);
      const address = service && pool?.network ? balancerAddress(facts, service, pool.network, problems) : undefined;
      out.push({
        node: node.name, role: node.role, publicKey: node.publicKey,
        subnets: pool?.subnets ?? [], sources: pool?.sources ?? [], tags: pool?.tags ?? [], securityGroups: pool?.groups ?? [],
        security: (pool?.subnets ?? []).map((s) => securityOf(s, pool!.tags, pool!.groups)),
        ...(address ? { address } : {}),
        cluster: folder,
        clusterName: `${pod}.${name}.${namespace}.svc.cluster.local`,
        ...(config ? { dials: { enodes: staticNodes, file: `${prefix}00-network.yaml` } } : {}),
        problems,
      });
    }
  }
  return out;
}

/** The Service's fixed address, which must lie in a subnet of the cluster's network that its cloud's controller will use. */
function balancerAddress(facts: NetworkFacts, service: Json, network: Network, problems: string[]): Endpoint["address"] {
  const meta = service.metadata as Json;
  const annotations = (meta.annotations ?? {}) as Json;
  const name = `Service ${String(meta.namespace ?? "default")}/${String(meta.name)}`;
  const ip = String((service.spec as Json).loadBalancerIP ?? annotations["service.beta.kubernetes.io/azure-load-balancer-ipv4"] ?? annotations["service.beta.kubernetes.io/aws-load-balancer-private-ipv4-addresses"] ?? "");
  const n = parseIp(ip);
  if (n === undefined) {
    problems.push(`${name}: no fixed address`);
    return undefined;
  }
  const subnet = facts.subnets.find((s) => s.network === network && s.ranges.some((r) => containsIp(r, n)));
  if (!subnet) {
    problems.push(`${name}: ${ip} is in no subnet of ${network.id}`);
    return undefined;
  }
  const wanted = network.cloud === "azure"
    ? annotations["service.beta.kubernetes.io/azure-load-balancer-internal-subnet"]
    : network.cloud === "gcp" ? annotations["networking.gke.io/internal-load-balancer-subnet"] : undefined;
  if (typeof wanted === "string" && !subnet.name.endsWith(wanted)) problems.push(`${name}: asks for subnet ${wanted} but ${ip} is in ${subnet.id}`);
  if (network.cloud === "aws" && (subnet.block.body.tags as Json | undefined)?.["kubernetes.io/role/internal-elb"] !== "1") {
    problems.push(`${name}: ${ip} is in ${subnet.id}, which lacks the kubernetes.io/role/internal-elb tag the load balancer controller looks for`);
  }
  return { ip, network, resource: name };
}

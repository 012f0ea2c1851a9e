// Helm values for ConsenSys' quorum-kubernetes charts (helm/charts/besu-node, goquorum-node), one folder
// per region cluster: a values file per node group (one release per node, as the charts expect), the
// ConfigMaps the charts read (genesis, peers, bootnodes, Tessera peers) and an install script that first
// stores each node's own key as the Secret the chart's pre-install hook keeps, so nodes start with the keys
// the genesis names instead of generating new ones.

import type { TopologyDocument } from "../schema";
import { httpApis, wantsGraphql, wantsWebsocket } from "./client-config";
import { designGenesis, genesisText } from "./genesis";
import { canonicalHost, validatorAddresses, type NodeKeys } from "./identities";
import { PORTS, clientImage, tesseraImage } from "./images";
import { NameRegistry, dnsLabel, labelValue, networkSlug } from "./names";
import { nodeResources } from "./node-resources";
import { enforcesNodePermissioning } from "./node-permissioning";
import { runsTessera } from "./nodes";
import { p2pService } from "./p2p-services";
import { peerEnodes } from "./peer-lists";
import { K8S_NAME_MAX, type GroupPlan, type NetworkPlan, type RegionPlan } from "./terraform/plan";
import type { ExportFile } from "./types";
import { shellWord, yamlDocuments, yamlFile } from "./yaml-docs";

const CHART = { besu: "besu-node", goquorum: "goquorum-node" } as const;

export interface HelmExport {
  readonly files: ExportFile[];
  readonly warnings: string[];
}

export function helmFiles(doc: TopologyDocument, plan: NetworkPlan, keys: readonly NodeKeys[]): HelmExport {
  const clusters = plan.regions.filter((r) => r.kinds.has("kubernetes"));
  const { client, consensus } = doc.network;
  if (clusters.length === 0) return { files: [], warnings: ["helm: no node group runs on Kubernetes (aks, eks, gke); nothing to install with Helm"] };
  if (client === "goquorum" && (consensus === "raft" || consensus === "clique")) {
    return {
      files: [],
      warnings: [`helm: the quorum-kubernetes goquorum-node chart starts nodes with istanbul/qbft flags only, so ${consensus} networks use the plain manifests in k8s/`],
    };
  }
  const namespace = networkSlug(doc.name);
  const chart = CHART[client];
  const genesis = genesisText(designGenesis(doc, validatorAddresses(keys)));
  const keyOf = new Map(keys.map((k) => [k.node.name, k]));
  const inCluster = new Map<string, RegionPlan>();
  for (const r of clusters) for (const g of r.groups) if (g.kind === "kubernetes") for (const n of g.nodes) inCluster.set(n.name, r);
  const releases = releaseNames(chart, [...inCluster.keys()]);
  const releaseOf = (node: string) => releases.get(node) ?? node;

  const files: ExportFile[] = [];
  for (const r of clusters) {
    // Nodes of this cluster are reached through their StatefulSet pod's DNS name; all others by their network-wide name.
    const local = (k: NodeKeys) => {
      const fullname = releaseFullname(chart, releaseOf(k.node.name));
      return inCluster.get(k.node.name) === r ? `${fullname}-0.${fullname}.${namespace}.svc.cluster.local` : undefined;
    };
    const staticNodes = peerEnodes(plan, keys, r, { localHost: local });
    const bootnodes = peerEnodes(plan, keys, r, { localHost: local, roles: ["bootnode"] });
    const tesseraPeers = keys.filter((k) => runsTessera(k.node.group)).map((k) => ({
      url: inCluster.get(k.node.name) === r
        ? `http://${releaseFullname(chart, releaseOf(k.node.name))}.${namespace}.svc.cluster.local:${PORTS.tesseraP2p}`
        : `http://${canonicalHost(doc, k.node)}:${PORTS.tesseraP2p}`,
    }));
    const k8sGroups = r.groups.filter((g) => g.kind === "kubernetes");
    const dir = `helm/${r.k8sName}`;
    const configMaps: unknown[] = [
      { apiVersion: "v1", kind: "Namespace", metadata: { name: namespace, labels: { "app.kubernetes.io/part-of": namespace } } },
      configMap(`${client}-genesis`, namespace, { "genesis.json": genesis }),
      configMap(`${client}-peers`, namespace, { "static-nodes.json": `${JSON.stringify(staticNodes, null, 2)}\n` }),
    ];
    if (client === "besu") {
      configMaps.push(configMap("besu-bootnodes", namespace, { "bootnodes-json": JSON.stringify(bootnodes), "bootnodes-string": bootnodes.join(",") }));
    }
    if (tesseraPeers.length > 0) configMaps.push(configMap("tessera-peers", namespace, { tesseraPeers: JSON.stringify(tesseraPeers) }));
    files.push({
      path: `${dir}/prerequisites.yaml`,
      contents: yamlDocuments([
        `Namespace and ConfigMaps the ${chart} chart reads, for the ${r.region.id} cluster (${r.provider} ${r.region.region}).`,
        "Apply before the first release: install.sh does it.",
      ], configMaps),
      kind: "helm",
    });
    for (const g of k8sGroups) {
      files.push({ path: `${dir}/values/${g.k8sName}.yml`, contents: valuesFile(doc, r, g, releaseOf), kind: "helm" });
    }
    // The charts' own Service is ClusterIP: each node also gets an internal load balancer for p2p from other regions.
    const balancers = k8sGroups.flatMap((g) => g.nodes.flatMap((n) => {
      const address = plan.p2p.get(n.name);
      const fullname = releaseFullname(chart, releaseOf(n.name));
      const selector = { "app.kubernetes.io/part-of": fullname, "app.kubernetes.io/release": releaseOf(n.name) };
      return address?.kind === "load-balancer" ? [p2pService(r, `${fullname.slice(0, 59)}-p2p`, namespace, selector, address)] : [];
    }));
    if (balancers.length > 0) files.push({
      path: `${dir}/p2p-services.yaml`,
      contents: yamlDocuments([`Internal load balancers giving each node of ${r.region.id} its p2p address (in the private DNS zone). install.sh applies them.`], balancers),
      kind: "helm",
    });
    files.push({ path: `${dir}/install.sh`, contents: installScript(doc, r, k8sGroups, chart, namespace, keyOf, releaseOf, plan.p2p), kind: "script", executable: true });
  }
  const permissioned = clusters.flatMap((r) => r.groups.filter((g) => g.kind === "kubernetes" && enforcesNodePermissioning(g.group)).map((g) => g.group.id));
  return {
    files,
    warnings: permissioned.length > 0
      ? [`helm: the quorum-kubernetes chart does not mount a node allowlist, so install the permissioned members (${permissioned.join(", ")}) with the k8s/ manifests`]
      : [],
  };
}

/**
 * One Helm release per node, named after the node. Helm allows 53 characters, but the chart names its
 * StatefulSet "<chart>-<release>", which must stay within K8S_NAME_MAX (the revision-hash label): longer node
 * names are shortened, uniquely and in document order, so every fullname stays whole and distinct.
 */
function releaseNames(chart: string, nodes: readonly string[]): Map<string, string> {
  const max = Math.min(53, K8S_NAME_MAX - chart.length - 1);
  const registry = new NameRegistry((raw) => dnsLabel(raw, max), "-", max);
  return new Map(nodes.map((n) => [n, registry.name(n)]));
}

/** The charts' fullname: "<chart>-<release>" unless the release name already contains the chart name. */
export function releaseFullname(chart: string, release: string): string {
  const full = release.includes(chart) ? release : `${chart}-${release}`;
  return full.slice(0, 63).replace(/-+$/, "");
}

function configMap(name: string, namespace: string, data: Record<string, string>): unknown {
  return { apiVersion: "v1", kind: "ConfigMap", metadata: { name, namespace }, data };
}

function valuesFile(doc: TopologyDocument, r: RegionPlan, g: GroupPlan, releaseOf: (node: string) => string): string {
  const { client } = doc.network;
  const group = g.group;
  const res = nodeResources(r.provider, group);
  const resources = { cpuLimit: Number(res.cpuLimit), cpuRequest: Number(res.cpuRequest), memLimit: res.memLimit, memRequest: res.memRequest };
  const privacy = runsTessera(group);
  const apis = httpApis(doc, group);
  const size = `${group.storage.sizeGB}Gi`;
  const values: Record<string, unknown> = {
    quorumFlags: {
      privacy,
      removeKeysOnDelete: false,
      ...(client === "besu" ? { isBootnode: group.role === "bootnode", usesBootnodes: true } : {}),
    },
    // The chart picks its storage from this: Azure Files on azure, EBS on aws, a hostPath volume otherwise.
    cluster: { provider: r.provider, cloudNativeServices: false, reclaimPolicy: "Retain" },
    storage: {
      sizeLimit: size,
      pvcSizeLimit: size,
      reclaimPolicy: "Retain",
      ...(r.provider === "aws"
        ? { aws: { provisioner: "ebs.csi.aws.com", parameters: { type: group.storage.type === "premium" ? "io2" : "gp3", fsType: "ext4" } } }
        : {}),
    },
  };
  if (client === "besu") {
    values.node = {
      besu: {
        envBesuOpts: `-Xmx${res.javaHeap}`,
        resources,
        customLabels: { "meridian.io/node-group": labelValue(group.id), "meridian.io/role": group.role },
        rpc: { enabled: true, api: JSON.stringify(apis), authenticationEnabled: false },
        ws: { enabled: wantsWebsocket(group), api: JSON.stringify(apis), authenticationEnabled: false },
        graphql: { enabled: wantsGraphql(group) },
        metrics: { enabled: true, serviceMonitorEnabled: false },
        permissions: { enabled: false },
      },
      ...(privacy ? { tessera: { password: "" } } : {}),
    };
    values.image = {
      besu: { repository: clientImage(doc).repository, tag: clientImage(doc).tag, pullPolicy: "IfNotPresent" },
      ...(privacy ? { tessera: { repository: tesseraImage(doc).repository, tag: tesseraImage(doc).tag, pullPolicy: "IfNotPresent" } } : {}),
    };
  } else {
    values.node = {
      goquorum: {
        resources,
        networkId: doc.network.chainId,
        // The bundle has node keys only, no account keystore: nothing to unlock (null removes the chart's default).
        account: { unlock: null },
        miner: { blockPeriod: doc.network.blockPeriodSeconds },
        rpc: { enabled: true, api: apis.join(","), authenticationEnabled: false },
        ws: { enabled: wantsWebsocket(group), api: apis.join(","), authenticationEnabled: false },
        graphql: { enabled: wantsGraphql(group) },
        metrics: { enabled: true, serviceMonitorEnabled: false },
      },
      ...(privacy ? { tessera: { password: "" } } : {}),
    };
    values.image = {
      goquorum: { repository: clientImage(doc).repository, tag: clientImage(doc).tag },
      ...(privacy ? { tessera: { repository: tesseraImage(doc).repository, tag: tesseraImage(doc).tag } } : {}),
    };
  }
  const header = [
    `Values for the quorum-kubernetes ${CHART[client]} chart: node group ${group.id} (${group.role}, ${group.count} node${group.count === 1 ? "" : "s"}) in ${r.region.id}.`,
    `One release per node: ${g.nodes.map((n) => releaseOf(n.name)).join(", ")}.`,
    `Resources from ${group.vmSize} (${res.vcpu} vCPU, ${res.memoryGiB} GiB).`,
  ];
  if (group.role === "rpc" && group.authenticated) header.push("The design asks for authenticated RPC: the chart cannot mount a JWT key, so put an authenticating proxy in front.");
  if (group.role === "rpc" && group.exposure === "public") header.push("Public exposure: publish the service through your ingress or load balancer; the chart's Service is ClusterIP.");
  if (r.provider === "gcp") header.push("GKE: the chart has no GKE storage branch and falls back to a hostPath volume; prefer k8s/ manifests for production on GKE.");
  if (enforcesNodePermissioning(group)) header.push("Members marked permissioned need a node allowlist, which the chart does not mount: install this group with the k8s/ manifests (their ConfigMap carries it).");
  if (client === "goquorum") header.push("GoQuorum: the chart copies an account keystore if the key Secret has one; validators sign with their node key, so none is given, the copy is skipped with a message, and account.unlock: null passes no --unlock.");
  return yamlFile(header, values);
}

function installScript(
  doc: TopologyDocument,
  r: RegionPlan,
  groups: readonly GroupPlan[],
  chart: string,
  namespace: string,
  keyOf: ReadonlyMap<string, NodeKeys>,
  releaseOf: (node: string) => string,
  p2p: NetworkPlan["p2p"],
): string {
  const lines = [
    "#!/usr/bin/env bash",
    `# Installs the ${doc.network.client} nodes of ${r.region.id} (${r.provider} ${r.region.region}) with the quorum-kubernetes ${chart} chart`,
    "# into the current kubectl context. Point kubectl at the region's cluster first (see the Terraform outputs).",
    "# Charts: git clone https://github.com/Consensys/quorum-kubernetes and set QUORUM_K8S_CHARTS to its helm/charts.",
    "set -euo pipefail",
    'cd "$(dirname "$0")"',
    'CHARTS="${QUORUM_K8S_CHARTS:-./quorum-kubernetes/helm/charts}"',
    `NAMESPACE=${shellWord(namespace)}`,
    "KEYS=../../keys",
    "",
    "kubectl apply -f prerequisites.yaml",
    ...(groups.some((g) => g.nodes.some((n) => p2p.get(n.name)?.kind === "load-balancer")) ? ["kubectl apply -f p2p-services.yaml"] : []),
    "",
    "# The chart's pre-install hook keeps an existing <fullname>-keys Secret, so each node runs with its bundle key.",
    "node_keys() {",
    '  kubectl -n "$NAMESPACE" create secret generic "$1-keys" \\',
    '    --from-file=nodekey="$KEYS/$2/nodekey" --from-file=nodekey.pub="$KEYS/$2/nodekey.pub" \\',
    '    --from-file=enode="$KEYS/$2/nodekey.pub" --from-file=address="$KEYS/$2/address" \\',
    "    --dry-run=client -o yaml | kubectl apply -f -",
    "}",
    "tessera_keys() {",
    '  kubectl -n "$NAMESPACE" create secret generic "$1-tessera-keys" \\',
    '    --from-file=tm.key="$KEYS/$2/tm.key" --from-file=tm.pub="$KEYS/$2/tm.pub" \\',
    "    --dry-run=client -o yaml | kubectl apply -f -",
    "}",
    "",
  ];
  for (const g of groups) {
    lines.push(`# ${g.group.id}: ${g.group.role}`);
    for (const n of g.nodes) {
      const release = releaseOf(n.name);
      const fullname = releaseFullname(chart, release);
      lines.push(`node_keys ${fullname} ${n.name}`);
      if (keyOf.get(n.name)?.tessera) lines.push(`tessera_keys ${fullname} ${n.name}`);
      const address = p2p.get(n.name);
      // Besu advertises the node's load-balancer address, the one other regions reach it at.
      const host = doc.network.client === "besu" && address && "ip" in address ? ` --set node.besu.p2p.host=${address.ip}` : "";
      lines.push(`helm upgrade --install ${release} "$CHARTS/${chart}" --namespace "$NAMESPACE" --values values/${g.k8sName}.yml${host}`);
    }
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

// Plain Kubernetes manifests for those who do not use Helm: per region cluster a namespace with storage
// classes, the genesis and static-nodes ConfigMaps, and per node group a headless Service, a StatefulSet
// (one pod per node; pod N reads key N of the group's Secret) and per pod an internal load balancer for
// p2p from other regions. Keys never appear here: the region's create-secrets.sh builds the Secrets from
// the bundle's keys/ folder.

import type { Provider, TopologyDocument } from "../schema";
import { besuArgs, goQuorumScript, tesseraConfig, wantsGraphql, wantsWebsocket, type NodeLaunch } from "./client-config";
import { designGenesis, genesisText } from "./genesis";
import { canonicalHost, validatorAddresses, type NodeKeys } from "./identities";
import { PORTS, clientImageRef, tesseraImageRef } from "./images";
import { labelValue, networkSlug } from "./names";
import { nodeResources } from "./node-resources";
import { ALLOWLIST_FILE, allowlistContents, enforcesNodePermissioning } from "./node-permissioning";
import { runsTessera } from "./nodes";
import { p2pService } from "./p2p-services";
import { peerEnodes } from "./peer-lists";
import type { GroupPlan, NetworkPlan, RegionPlan } from "./terraform/plan";
import type { ExportFile } from "./types";
import { shellWord, yamlDocuments } from "./yaml-docs";

const STORAGE: Record<Provider, { provisioner: string; standard: Record<string, string>; premium: Record<string, string> }> = {
  azure: { provisioner: "disk.csi.azure.com", standard: { skuName: "StandardSSD_LRS" }, premium: { skuName: "Premium_LRS" } },
  aws: { provisioner: "ebs.csi.aws.com", standard: { type: "gp3", encrypted: "true" }, premium: { type: "io2", iopsPerGB: "10", allowAutoIOPSPerGBIncrease: "true", encrypted: "true" } },
  gcp: { provisioner: "pd.csi.storage.gke.io", standard: { type: "pd-balanced" }, premium: { type: "pd-ssd" } },
};

export function manifestFiles(doc: TopologyDocument, plan: NetworkPlan, keys: readonly NodeKeys[]): ExportFile[] {
  const clusters = plan.regions.filter((r) => r.kinds.has("kubernetes"));
  if (clusters.length === 0) return [];
  const namespace = networkSlug(doc.name);
  const genesis = genesisText(designGenesis(doc, validatorAddresses(keys)));
  const podHost = new Map<string, { region: RegionPlan; host: string }>();
  for (const r of clusters) {
    for (const g of r.groups.filter((x) => x.kind === "kubernetes")) {
      g.nodes.forEach((n, i) => podHost.set(n.name, { region: r, host: `${g.k8sName}-${i}.${g.k8sName}.${namespace}.svc.cluster.local` }));
    }
  }
  const files: ExportFile[] = [];
  for (const r of clusters) {
    const inCluster = (k: NodeKeys) => {
      const local = podHost.get(k.node.name);
      return local && local.region === r ? local.host : undefined;
    };
    const hostOf = (k: NodeKeys) => inCluster(k) ?? canonicalHost(doc, k.node);
    const staticNodes = peerEnodes(plan, keys, r, { localHost: inCluster });
    const bootnodes = peerEnodes(plan, keys, r, { localHost: inCluster, roles: ["bootnode"] });
    const tesseraPeers = keys.filter((k) => runsTessera(k.node.group)).map((k) => `http://${hostOf(k)}:${PORTS.tesseraP2p}`);
    const groups = r.groups.filter((g) => g.kind === "kubernetes");
    const dir = `k8s/${r.k8sName}`;
    const base: unknown[] = [
      { apiVersion: "v1", kind: "Namespace", metadata: { name: namespace, labels: { "app.kubernetes.io/part-of": namespace } } },
      ...(["standard", "premium"] as const).map((tier) => ({
        apiVersion: "storage.k8s.io/v1",
        kind: "StorageClass",
        metadata: { name: `${namespace}-${tier}` },
        provisioner: STORAGE[r.provider].provisioner,
        parameters: STORAGE[r.provider][tier],
        reclaimPolicy: "Retain",
        volumeBindingMode: "WaitForFirstConsumer",
        allowVolumeExpansion: true,
      })),
      {
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: { name: "network-config", namespace },
        data: {
          "genesis.json": genesis,
          "static-nodes.json": `${JSON.stringify(staticNodes, null, 2)}\n`,
          // Members marked permissioned may talk only to the nodes they dial.
          ...(groups.some((g) => enforcesNodePermissioning(g.group)) ? { [ALLOWLIST_FILE[doc.network.client]]: allowlistContents(doc.network.client, staticNodes) } : {}),
        },
      },
    ];
    files.push({
      path: `${dir}/00-network.yaml`,
      contents: yamlDocuments([`Namespace, storage classes and network configuration for the ${r.region.id} cluster (${r.provider} ${r.region.region}).`], base),
      kind: "kubernetes",
    });
    for (const g of groups) {
      const docs = groupObjects(doc, plan, r, g, namespace, bootnodes, tesseraPeers, podHost);
      files.push({
        path: `${dir}/${g.k8sName}.yaml`,
        contents: yamlDocuments([`Node group ${g.group.id}: ${g.group.count} ${g.group.role} node${g.group.count === 1 ? "" : "s"} (${g.nodes.map((n) => n.name).join(", ")}).`], docs),
        kind: "kubernetes",
      });
    }
    files.push({ path: `${dir}/create-secrets.sh`, contents: secretsScript(r, groups, namespace, keys), kind: "script", executable: true });
  }
  return files;
}

function groupObjects(
  doc: TopologyDocument,
  plan: NetworkPlan,
  r: RegionPlan,
  g: GroupPlan,
  namespace: string,
  bootnodes: readonly string[],
  tesseraPeers: readonly string[],
  podHost: ReadonlyMap<string, { host: string }>,
): unknown[] {
  const group = g.group;
  const isGoQuorum = doc.network.client === "goquorum";
  const tessera = runsTessera(group);
  const res = nodeResources(r.provider, group);
  const labels = { "app.kubernetes.io/name": g.k8sName, "app.kubernetes.io/part-of": namespace, "meridian.io/role": group.role };
  const keyDir = "/keys";
  const dataDir = isGoQuorum ? "/data" : "/opt/besu/data";
  const launch: NodeLaunch = {
    doc,
    node: g.nodes[0]!,
    // The pod's own load balancer: what other regions reach it at.
    p2pHost: "$P2P_HOST",
    bootnodes,
    paths: { genesis: "/config/genesis.json", nodeKey: `${keyDir}/nodekey-$ORDINAL`, data: dataDir, staticNodes: "/config/static-nodes.json", tesseraPublicKey: `${keyDir}/tm-pub-$ORDINAL`, allowlist: `/config/${ALLOWLIST_FILE[doc.network.client]}` },
    ...(tessera ? { tesseraUrl: `http://localhost:${PORTS.tesseraQ2t}` } : {}),
  };
  const addresses = g.nodes.map((n) => plan.p2p.get(n.name));
  const ips = addresses.map((a) => (a && "ip" in a ? a.ip : "$POD_IP"));
  const ordinal = `ORDINAL="\${HOSTNAME##*-}"\nset -- ${ips.join(" ")}\nshift "$ORDINAL"\nP2P_HOST="$1"`;
  const script = isGoQuorum
    ? `${ordinal}\n${goQuorumScript(launch)}`
    : `${ordinal}\nexec /opt/besu/bin/besu \\\n  ${besuArgs(launch).map(shellWord).join(" \\\n  ")}`;
  const ports = [
    { name: "rlpx", containerPort: PORTS.p2p, protocol: "TCP" },
    { name: "discovery", containerPort: PORTS.p2p, protocol: "UDP" },
    { name: "json-rpc", containerPort: PORTS.rpcHttp, protocol: "TCP" },
    ...(wantsWebsocket(group) ? [{ name: "ws", containerPort: PORTS.rpcWs, protocol: "TCP" }] : []),
    ...(wantsGraphql(group) ? [{ name: "graphql", containerPort: PORTS.graphql, protocol: "TCP" }] : []),
    { name: "metrics", containerPort: PORTS.metrics, protocol: "TCP" },
    ...(doc.network.consensus === "raft" ? [{ name: "raft", containerPort: PORTS.raft, protocol: "TCP" }] : []),
  ];
  const containers: unknown[] = [{
    name: doc.network.client,
    image: clientImageRef(doc),
    command: ["/bin/sh", "-c"],
    args: [script],
    env: [
      { name: "POD_IP", valueFrom: { fieldRef: { fieldPath: "status.podIP" } } },
      ...(isGoQuorum ? (tessera ? [] : [{ name: "PRIVATE_CONFIG", value: "ignore" }]) : [{ name: "BESU_OPTS", value: `-Xmx${res.javaHeap}` }]),
    ],
    ports,
    resources: { requests: { cpu: res.cpuRequest, memory: res.memRequest }, limits: { cpu: res.cpuLimit, memory: res.memLimit } },
    volumeMounts: [
      { name: "keys", mountPath: keyDir, readOnly: true },
      { name: "config", mountPath: "/config", readOnly: true },
      { name: "data", mountPath: dataDir },
    ],
    ...(isGoQuorum ? {} : { securityContext: { runAsUser: 1000, runAsGroup: 1000 } }),
  }];
  const volumes: unknown[] = [
    { name: "keys", secret: { secretName: `${g.k8sName}-keys`, defaultMode: 0o440 } },
    { name: "config", configMap: { name: "network-config" } },
  ];
  const objects: unknown[] = [];
  if (tessera) {
    containers.unshift({
      name: "tessera",
      image: tesseraImageRef(doc),
      command: ["/bin/sh", "-c"],
      args: ['ORDINAL="${HOSTNAME##*-}"\nexec /tessera/bin/tessera -configfile /config/tessera/config-$ORDINAL.json'],
      ports: [
        { name: "tessera", containerPort: PORTS.tesseraP2p, protocol: "TCP" },
        { name: "tessera-tp", containerPort: PORTS.tesseraThirdParty, protocol: "TCP" },
      ],
      resources: { requests: { cpu: "250m", memory: "512Mi" }, limits: { cpu: "1", memory: "1Gi" } },
      volumeMounts: [
        { name: "keys", mountPath: keyDir, readOnly: true },
        { name: "tessera-config", mountPath: "/config/tessera", readOnly: true },
        { name: "data", mountPath: "/data/tessera", subPath: "tessera" },
      ],
    });
    volumes.push({ name: "tessera-config", configMap: { name: `${g.k8sName}-tessera` } });
    objects.push({
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: { name: `${g.k8sName}-tessera`, namespace },
      data: Object.fromEntries(g.nodes.map((n, i) => {
        const own = podHost.get(n.name)!.host;
        const config = tesseraConfig(doc.network.client, own, tesseraPeers.filter((p) => !p.includes(`//${own}:`)), keyDir, "/data/tessera");
        const keyData = [{ privateKeyPath: `${keyDir}/tm-key-${i}`, publicKeyPath: `${keyDir}/tm-pub-${i}` }];
        return [`config-${i}.json`, `${JSON.stringify({ ...config, keys: { passwords: [], keyData } }, null, 2)}\n`];
      })),
    });
  }
  objects.push(
    {
      apiVersion: "v1",
      kind: "Service",
      metadata: { name: g.k8sName, namespace, labels },
      spec: {
        clusterIP: "None",
        // Peers must resolve each pod before it is ready: a node syncs only once it has peers.
        publishNotReadyAddresses: true,
        selector: { "app.kubernetes.io/name": g.k8sName },
        ports: ports.map((p) => ({ name: p.name, port: p.containerPort, targetPort: p.containerPort, protocol: p.protocol })),
      },
    },
    {
      apiVersion: "apps/v1",
      kind: "StatefulSet",
      metadata: { name: g.k8sName, namespace, labels },
      spec: {
        serviceName: g.k8sName,
        replicas: group.count,
        podManagementPolicy: "Parallel",
        selector: { matchLabels: { "app.kubernetes.io/name": g.k8sName } },
        template: {
          metadata: { labels, annotations: { "prometheus.io/scrape": "true", "prometheus.io/port": String(PORTS.metrics) } },
          spec: {
            nodeSelector: { "meridian.io/node-group": labelValue(group.id) },
            ...(isGoQuorum ? {} : { securityContext: { fsGroup: 1000 } }),
            containers,
            volumes,
          },
        },
        volumeClaimTemplates: [{
          metadata: { name: "data" },
          spec: {
            accessModes: ["ReadWriteOnce"],
            storageClassName: `${namespace}-${group.storage.type}`,
            resources: { requests: { storage: `${group.storage.sizeGB}Gi` } },
          },
        }],
      },
    },
  );
  g.nodes.forEach((n, i) => {
    const address = plan.p2p.get(n.name);
    if (address?.kind === "load-balancer") {
      objects.push(p2pService(r, `${g.k8sName}-${i}-p2p`, namespace, { "statefulset.kubernetes.io/pod-name": `${g.k8sName}-${i}` }, address));
    }
  });
  if (group.role === "validator" && group.count > 1) {
    // Drains take validators down one at a time, so a node pool upgrade never costs the quorum.
    objects.push({
      apiVersion: "policy/v1",
      kind: "PodDisruptionBudget",
      metadata: { name: g.k8sName, namespace },
      spec: { maxUnavailable: 1, selector: { matchLabels: { "app.kubernetes.io/name": g.k8sName } } },
    });
  }
  return objects;
}

function secretsScript(r: RegionPlan, groups: readonly GroupPlan[], namespace: string, keys: readonly NodeKeys[]): string {
  const keyOf = new Map(keys.map((k) => [k.node.name, k]));
  const lines = [
    "#!/usr/bin/env bash",
    `# Creates the node key Secrets of ${r.region.id} from the bundle's keys/ folder, then applies the manifests.`,
    "# Run against the region's cluster: kubectl config use-context <the cluster>.",
    "set -euo pipefail",
    'cd "$(dirname "$0")"',
    "KEYS=../../keys",
    `NAMESPACE=${shellWord(namespace)}`,
    "kubectl apply -f 00-network.yaml",
  ];
  for (const g of groups) {
    const parts = g.nodes.flatMap((n, i) => [
      `--from-file=nodekey-${i}="$KEYS/${n.name}/nodekey"`,
      ...(keyOf.get(n.name)?.tessera ? [`--from-file=tm-key-${i}="$KEYS/${n.name}/tm.key"`, `--from-file=tm-pub-${i}="$KEYS/${n.name}/tm.pub"`] : []),
    ]);
    lines.push(
      `kubectl -n "$NAMESPACE" create secret generic ${g.k8sName}-keys \\`,
      ...parts.map((p) => `  ${p} \\`),
      "  --dry-run=client -o yaml | kubectl apply -f -",
    );
  }
  lines.push(...groups.map((g) => `kubectl apply -f ${g.k8sName}.yaml`));
  return `${lines.join("\n")}\n`;
}

// docker-compose for a local replica of the network, in the spirit of Quorum Dev Quickstart: one container
// per node on a bridge network with fixed addresses, keys mounted read-only from the bundle's keys/ folder,
// Tessera beside each private member. A local replica of a large network is scaled down (see below).

import { stringify } from "yaml";
import type { TopologyDocument } from "../schema";
import { besuArgs, enodeUrl, goQuorumScript, tesseraConfig, type NodeLaunch } from "./client-config";
import { designGenesis, genesisText } from "./genesis";
import type { NodeKeys } from "./identities";
import { PORTS, clientImageRef, tesseraImageRef } from "./images";
import { cidr, hostOf } from "../net/ipv4";
import { ALLOWLIST_FILE, allowlistContents, enforcesNodePermissioning } from "./node-permissioning";
import { runsTessera } from "./nodes";
import type { ExportFile } from "./types";

/** Above this many nodes the replica runs one container per node group. */
export const COMPOSE_FULL_REPLICA_LIMIT = 50;

export interface ComposeExport {
  readonly files: ExportFile[];
  readonly scaledDown: boolean;
  readonly containers: number;
}

export function composeFiles(doc: TopologyDocument, keys: readonly NodeKeys[]): ComposeExport {
  const scaledDown = keys.length > COMPOSE_FULL_REPLICA_LIMIT;
  // Scaled down: the first node of each group stands for its group. It gets its own genesis listing only
  // the validators that run, or a replica with, say, 1 of 4 validators per group could never reach quorum.
  const running = scaledDown ? keys.filter((k) => k.node.indexInGroup === 0) : [...keys];
  // Every container gets a fixed address, Tessera's too: one left to Docker's allocator may take a
  // fixed address before its owner starts, which then fails with "Address already in use".
  const withTessera = running.filter((k) => runsTessera(k.node.group));
  const subnetCidr = running.length + withTessera.length + 10 <= 250 ? "172.16.239.0/24" : "172.16.0.0/16";
  const subnet = cidr(subnetCidr);
  const ipOf = new Map(running.map((k, i) => [k.node.name, hostOf(subnet, 10 + i)]));
  const tesseraIpOf = new Map(withTessera.map((k, i) => [k.node.name, hostOf(subnet, 10 + running.length + i)]));
  const isGoQuorum = doc.network.client === "goquorum";

  const validators = running.filter((k) => k.node.role === "validator").map((k) => k.identity.address);
  const genesis = designGenesis(doc, validators);
  const enodeOf = (k: NodeKeys) => enodeUrl(doc, k.identity.publicKey, ipOf.get(k.node.name)!);
  const staticNodes = running.map(enodeOf);
  const bootSource = running.filter((k) => k.node.role === "bootnode");
  const bootnodes = (bootSource.length > 0 ? bootSource : running.filter((k) => k.node.role === "validator").slice(0, 2)).map(enodeOf);
  const privateMembers = withTessera;
  const tesseraPeers = privateMembers.map((k) => `http://${k.node.name}-tessera:${PORTS.tesseraP2p}`);

  const services: Record<string, unknown> = {};
  const volumes: Record<string, Record<string, never>> = {};
  const files: ExportFile[] = [];
  let rpcPort = PORTS.rpcHttp;
  for (const k of running) {
    const { node } = k;
    const keyDir = isGoQuorum ? "/keys" : "/opt/besu/keys";
    const dataDir = isGoQuorum ? "/data" : "/opt/besu/data";
    const tessera = runsTessera(node.group);
    const launch: NodeLaunch = {
      doc,
      node,
      p2pHost: ipOf.get(node.name)!,
      bootnodes: bootnodes.filter((b) => b !== enodeOf(k)),
      paths: { genesis: "/config/genesis.json", nodeKey: `${keyDir}/nodekey`, data: dataDir, staticNodes: "/config/static-nodes.json", tesseraPublicKey: `${keyDir}/tm.pub`, allowlist: `/config/${ALLOWLIST_FILE[doc.network.client]}` },
      ...(tessera ? { tesseraUrl: `http://${node.name}-tessera:${PORTS.tesseraQ2t}` } : {}),
    };
    const publishes = node.role === "rpc" || node.role === "member" || node.role === "archive";
    const service: Record<string, unknown> = {
      image: clientImageRef(doc),
      restart: "unless-stopped",
      labels: { "io.meridian.role": node.role, "io.meridian.node-group": node.group.id, "io.meridian.region": node.region.id },
    };
    if (isGoQuorum) {
      service.entrypoint = ["/bin/sh", "-c"];
      service.command = [goQuorumScript(launch)];
      if (!tessera) service.environment = { PRIVATE_CONFIG: "ignore" };
    } else {
      // The keys/ files are private (0600): read them as root rather than Besu's default user.
      service.user = "root";
      service.command = besuArgs(launch);
    }
    service.volumes = [`../keys/${node.name}:${keyDir}:ro`, "./config:/config:ro", `${node.name}-data:${dataDir}`];
    volumes[`${node.name}-data`] = {};
    if (publishes) {
      // Loopback only: a local replica, not a public endpoint.
      service.ports = [`127.0.0.1:${rpcPort}:${PORTS.rpcHttp}`];
      rpcPort += 2;
    }
    service.networks = { meridian: { ipv4_address: ipOf.get(node.name) } };
    if (tessera) {
      service.depends_on = [`${node.name}-tessera`];
      services[`${node.name}-tessera`] = {
        image: tesseraImageRef(doc),
        restart: "unless-stopped",
        entrypoint: ["/tessera/bin/tessera", "-configfile", `/config/tessera/${node.name}.json`],
        volumes: [`../keys/${node.name}:/keys:ro`, "./config:/config:ro", `${node.name}-tessera-data:/data`],
        networks: { meridian: { ipv4_address: tesseraIpOf.get(node.name) } },
      };
      volumes[`${node.name}-tessera-data`] = {};
      const peers = tesseraPeers.filter((p) => !p.includes(`//${node.name}-tessera:`));
      files.push({
        path: `compose/config/tessera/${node.name}.json`,
        contents: `${JSON.stringify(tesseraConfig(doc.network.client, `${node.name}-tessera`, peers, "/keys", "/data"), null, 2)}\n`,
        kind: "compose",
      });
    }
    services[node.name] = service;
  }

  const compose = {
    services,
    networks: { meridian: { driver: "bridge", ipam: { config: [{ subnet: subnetCidr }] } } },
    volumes,
  };
  const header = [
    `# Local replica of "${doc.name}" (${doc.network.client} ${doc.network.consensus}, chain ${doc.network.chainId}), generated by Meridian.`,
    `# Images: ${clientImageRef(doc)}${privateMembers.length > 0 ? `, ${tesseraImageRef(doc)}` : ""}.`,
    "# Start: docker compose up -d    Stop: docker compose down    Reset chain data: docker compose down -v",
    "# Node keys are read from ../keys/<node>/ (private: never commit them).",
    ...(scaledDown
      ? [
          `# Scaled down: the network has ${keys.length} nodes, more than ${COMPOSE_FULL_REPLICA_LIMIT}, so this replica runs ${running.length} containers,`,
          "# the first node of each node group. config/genesis.json lists only the validators that run here; it is NOT",
          "# the production genesis (genesis/genesis.json).",
        ]
      : []),
  ];
  files.push(
    { path: "compose/docker-compose.yml", contents: `${header.join("\n")}\n${stringify(compose, { lineWidth: 0, aliasDuplicateObjects: false })}`, kind: "compose" },
    { path: "compose/config/genesis.json", contents: genesisText(genesis), kind: "compose" },
    { path: "compose/config/static-nodes.json", contents: `${JSON.stringify(staticNodes, null, 2)}\n`, kind: "compose" },
    ...(running.some((k) => enforcesNodePermissioning(k.node.group))
      ? [{ path: `compose/config/${ALLOWLIST_FILE[doc.network.client]}`, contents: allowlistContents(doc.network.client, staticNodes), kind: "compose" as const }]
      : []),
  );
  return { files, scaledDown, containers: Object.keys(services).length };
}

// How each node runs: the JSON-RPC APIs its role and capabilities call for, its enode URL, and the
// command line of Besu or GoQuorum. Shared by docker-compose and the plain Kubernetes manifests so both
// start nodes the same way.

import type { Client, Consensus, NodeGroup, TopologyDocument } from "../schema";
import { PORTS } from "./images";

/** GoQuorum raft mints at most one block per this period under load (`--raftblocktime`, ms). */
export const RAFT_BLOCK_TIME_MS = 250;
import { enforcesNodePermissioning } from "./node-permissioning";
import { runsTessera, type NodeInstance } from "./nodes";

/** Besu's API name for each consensus engine. */
const BESU_CONSENSUS_API: Record<Consensus, string> = { qbft: "QBFT", ibft2: "IBFT", clique: "CLIQUE", istanbul: "IBFT", raft: "" };
/** GoQuorum's. */
const GOQUORUM_CONSENSUS_API: Record<Consensus, string> = { qbft: "istanbul", istanbul: "istanbul", clique: "clique", raft: "raft", ibft2: "istanbul" };

/** Capability flags that are APIs; graphql, websocket and archive switch on servers or storage instead. */
const BESU_API_OF: Readonly<Record<string, string>> = { eth: "ETH", web3: "WEB3", net: "NET", admin: "ADMIN", debug: "DEBUG", trace: "TRACE", txpool: "TXPOOL", miner: "MINER" };
const GOQUORUM_API_OF: Readonly<Record<string, string>> = { eth: "eth", web3: "web3", net: "net", admin: "admin", debug: "debug", trace: "debug", txpool: "txpool", personal: "personal", miner: "miner" };

function capabilitiesOf(group: NodeGroup): readonly string[] {
  return group.role === "rpc" ? group.capabilities : ["eth", "net", "web3"];
}

export function httpApis(doc: TopologyDocument, group: NodeGroup): string[] {
  const { client, consensus } = doc.network;
  const map = client === "besu" ? BESU_API_OF : GOQUORUM_API_OF;
  const apis = new Set<string>();
  for (const c of capabilitiesOf(group)) {
    const api = map[c];
    if (api) apis.add(api);
  }
  // Validators answer their consensus API (proposals, validator lists), locally reachable only.
  if (group.role === "validator") apis.add(client === "besu" ? BESU_CONSENSUS_API[consensus] : GOQUORUM_CONSENSUS_API[consensus]);
  if (client === "goquorum") apis.add("quorum");
  if (client === "besu" && runsTessera(group)) {
    apis.add("EEA");
    apis.add("PRIV");
  }
  return [...apis].filter(Boolean);
}

export function wantsWebsocket(group: NodeGroup): boolean {
  return group.role === "rpc" && group.capabilities.includes("websocket");
}

export function wantsGraphql(group: NodeGroup): boolean {
  return group.role === "rpc" && group.capabilities.includes("graphql");
}

export function isArchive(group: NodeGroup): boolean {
  return group.role === "archive" || (group.role === "rpc" && (group.rpcType === "archive" || group.capabilities.includes("archive")));
}

/** Raft peers carry their raft port in the enode URL; discovery is off everywhere on GoQuorum. */
export function enodeUrl(doc: TopologyDocument, publicKey: string, host: string): string {
  const base = `enode://${publicKey}@${host}:${PORTS.p2p}`;
  if (doc.network.client !== "goquorum") return base;
  return doc.network.consensus === "raft" ? `${base}?discport=0&raftport=${PORTS.raft}` : `${base}?discport=0`;
}

export interface NodeLaunch {
  readonly doc: TopologyDocument;
  readonly node: NodeInstance;
  /** The address other nodes reach this one at (an IP, or a name with Besu's DNS support on). */
  readonly p2pHost: string;
  /** Besu's --bootnodes, without the node's own enode. */
  readonly bootnodes: readonly string[];
  /** Where the node finds its files inside the container. */
  readonly paths: {
    readonly genesis: string;
    readonly nodeKey: string;
    readonly data: string;
    readonly staticNodes: string;
    readonly tesseraPublicKey: string;
    /** The node allowlist file, read only by members marked permissioned. */
    readonly allowlist: string;
  };
  /** Tessera's Q2T endpoint for private members. */
  readonly tesseraUrl?: string;
}

/** Besu's command-line arguments (the image's entrypoint is besu). */
export function besuArgs(launch: NodeLaunch): string[] {
  const { doc, node, paths } = launch;
  const group = node.group;
  const args = [
    `--genesis-file=${paths.genesis}`,
    `--node-private-key-file=${paths.nodeKey}`,
    `--data-path=${paths.data}`,
    `--network-id=${doc.network.chainId}`,
    `--p2p-host=${launch.p2pHost}`,
    `--p2p-port=${PORTS.p2p}`,
    // Peers are named in the private DNS zone; re-resolve names so a replaced node's new address is found.
    "--Xdns-enabled=true",
    "--Xdns-update-enabled=true",
    `--static-nodes-file=${paths.staticNodes}`,
    "--sync-mode=FULL",
    // Permissioned networks are gas-free.
    "--min-gas-price=0",
    `--data-storage-format=${isArchive(group) ? "FOREST" : "BONSAI"}`,
    "--rpc-http-enabled",
    "--rpc-http-host=0.0.0.0",
    `--rpc-http-port=${PORTS.rpcHttp}`,
    `--rpc-http-api=${httpApis(doc, group).join(",")}`,
    "--rpc-http-cors-origins=*",
    "--host-allowlist=*",
    "--metrics-enabled",
    "--metrics-host=0.0.0.0",
    `--metrics-port=${PORTS.metrics}`,
    "--logging=INFO",
  ];
  if (launch.bootnodes.length > 0) args.push(`--bootnodes=${launch.bootnodes.join(",")}`);
  if (wantsWebsocket(group)) args.push("--rpc-ws-enabled", "--rpc-ws-host=0.0.0.0", `--rpc-ws-port=${PORTS.rpcWs}`, `--rpc-ws-api=${httpApis(doc, group).join(",")}`);
  if (wantsGraphql(group)) args.push("--graphql-http-enabled", "--graphql-http-host=0.0.0.0", `--graphql-http-port=${PORTS.graphql}`);
  if (runsTessera(group) && launch.tesseraUrl) {
    args.push("--privacy-enabled", `--privacy-url=${launch.tesseraUrl}`, `--privacy-public-key-file=${paths.tesseraPublicKey}`);
  }
  if (enforcesNodePermissioning(group)) args.push("--permissions-nodes-config-file-enabled=true", `--permissions-nodes-config-file=${paths.allowlist}`);
  return args;
}

/**
 * GoQuorum's start script: initialise the data directory from the genesis once, copy static nodes in
 * (geth reads them from the data directory), then exec geth with the consensus flags.
 */
export function goQuorumScript(launch: NodeLaunch): string {
  const { doc, node, paths } = launch;
  const group = node.group;
  const { consensus, chainId, blockPeriodSeconds } = doc.network;
  const flags = [
    `--datadir ${paths.data}`,
    `--nodekey ${paths.nodeKey}`,
    `--networkid ${chainId}`,
    "--nodiscover",
    "--verbosity 3",
    "--syncmode full",
    `--gcmode ${isArchive(group) ? "archive" : "full"}`,
    `--port ${PORTS.p2p}`,
    `--nat extip:${launch.p2pHost}`,
    `--http --http.addr 0.0.0.0 --http.port ${PORTS.rpcHttp} --http.corsdomain "*" --http.vhosts "*" --http.api ${httpApis(doc, group).join(",")}`,
    `--metrics --pprof --pprof.addr 0.0.0.0 --pprof.port ${PORTS.metrics}`,
  ];
  if (consensus === "raft") flags.push(`--raft --raftport ${PORTS.raft} --raftblocktime ${RAFT_BLOCK_TIME_MS} --raftdnsenable`);
  else if (group.role === "validator") {
    flags.push(
      consensus === "clique"
        ? "--mine --miner.threads 1 --miner.gasprice 0"
        : `--istanbul.blockperiod ${blockPeriodSeconds} --mine --miner.threads 1 --miner.gasprice 0 --emitcheckpoints`,
    );
  }
  if (wantsWebsocket(group)) flags.push(`--ws --ws.addr 0.0.0.0 --ws.port ${PORTS.rpcWs} --ws.origins "*" --ws.api ${httpApis(doc, group).join(",")}`);
  if (wantsGraphql(group)) flags.push("--graphql");
  if (runsTessera(group) && launch.tesseraUrl) flags.push(`--ptm.url ${launch.tesseraUrl} --ptm.timeout 5 --ptm.tls.mode off`);
  const permissioned = enforcesNodePermissioning(group);
  if (permissioned) flags.push("--permissioned");
  return [
    "set -e",
    `if [ ! -d ${paths.data}/geth/chaindata ]; then geth --datadir ${paths.data} init ${paths.genesis}; fi`,
    `cp ${paths.staticNodes} ${paths.data}/static-nodes.json`,
    ...(permissioned ? [`cp ${paths.allowlist} ${paths.data}/permissioned-nodes.json`] : []),
    `exec geth \\\n  ${flags.join(" \\\n  ")}`,
  ].join("\n");
}

/**
 * Tessera's configuration for a private member (keys read from files, peers by URL). Besu (before 25.1)
 * talks to Tessera in its Orion mode; GoQuorum needs Tessera's own API, so the mode is Besu's only.
 */
export function tesseraConfig(client: Client, ownUrlHost: string, peers: readonly string[], keyDir: string, dataDir: string): Record<string, unknown> {
  return {
    ...(client === "besu" ? { mode: "orion" } : {}),
    useWhiteList: false,
    jdbc: { username: "sa", password: "", url: `jdbc:h2:${dataDir}/db;MODE=Oracle;TRACE_LEVEL_SYSTEM_OUT=0`, autoCreateTables: true },
    serverConfigs: [
      { app: "ThirdParty", enabled: true, serverAddress: `http://${ownUrlHost}:${PORTS.tesseraThirdParty}`, communicationType: "REST" },
      { app: "Q2T", enabled: true, serverAddress: `http://0.0.0.0:${PORTS.tesseraQ2t}`, sslConfig: { tls: "OFF" }, communicationType: "REST" },
      { app: "P2P", enabled: true, serverAddress: `http://${ownUrlHost}:${PORTS.tesseraP2p}`, sslConfig: { tls: "OFF" }, communicationType: "REST" },
    ],
    peer: peers.map((url) => ({ url })),
    keys: { passwords: [], keyData: [{ privateKeyPath: `${keyDir}/tm.key`, publicKeyPath: `${keyDir}/tm.pub` }] },
    alwaysSendTo: [],
  };
}

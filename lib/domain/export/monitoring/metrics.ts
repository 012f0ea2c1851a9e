// The metric names the bundle's rules and dashboards read: only names the clients and exporters really
// export, each with the public file it was checked against. Nothing here is invented.

import type { Client } from "../../schema";
import { PORTS } from "../images";

export interface ClientMetrics {
  /** The canonical chain's head block number (a gauge). */
  readonly chainHeight: string;
  /** Connected peers (a gauge). */
  readonly peers: string;
  /** Where the client serves Prometheus' text format, on PORTS.metrics. */
  readonly path: string;
}

export const CLIENT_METRICS: Readonly<Record<Client, ClientMetrics>> = {
  // Besu with --metrics-enabled --metrics-port=9545 serves /metrics. Names as used by the quorum-kubernetes
  // Besu dashboard (Consensys/quorum-kubernetes prod/helm/charts/quorum-monitoring/grafana-dashboard-besu.json:
  // ethereum_blockchain_height, ethereum_peer_count) and Quorum Dev Quickstart's scrape config
  // (Consensys/quorum-dev-quickstart files/common/config/prometheus/prometheus.yml: metrics_path /metrics, port 9545).
  besu: { chainHeight: "ethereum_blockchain_height", peers: "ethereum_peer_count", path: "/metrics" },
  // GoQuorum (geth) with --metrics --pprof --pprof.port 9545 serves the Prometheus format under
  // /debug/metrics/prometheus (Consensys/quorum-kubernetes helm/charts/goquorum-node/templates/node-servicemonitor.yaml).
  // Names from Quorum Dev Quickstart's GoQuorum dashboard
  // (Consensys/quorum-dev-quickstart files/common/config/grafana/provisioning/dashboards/quorum.json: chain_head_block, p2p_peers).
  goquorum: { chainHeight: "chain_head_block", peers: "p2p_peers", path: "/debug/metrics/prometheus" },
};

/** Prometheus' own per-target scrape health: 1 when the last scrape succeeded, 0 otherwise. */
export const UP = "up";

/** node-exporter's free bytes for unprivileged users (prometheus/node_exporter collector/filesystem_common.go). */
export const FILESYSTEM_AVAIL_BYTES = "node_filesystem_avail_bytes";
export const NODE_EXPORTER_PORT = 9100;

/** blackbox-exporter's probe result and duration (prometheus/blackbox_exporter prober/handler.go). */
export const PROBE_SUCCESS = "probe_success";
export const PROBE_DURATION_SECONDS = "probe_duration_seconds";
export const BLACKBOX_EXPORTER_PORT = 9115;

export const METRICS_PORT = PORTS.metrics;

/** Scrape jobs of prometheus.yml (alert and recording rules select by them). */
export const JOBS = { nodes: "nodes", host: "node-exporter", probes: "blackbox-p2p" } as const;

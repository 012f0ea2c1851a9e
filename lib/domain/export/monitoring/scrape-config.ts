// prometheus.yml: every node of the design on its metrics port and path (the ones client-config.ts and the
// Helm values switch on), labelled with region, provider, role and node group; node-exporter on hosts the
// design runs on virtual machines; and blackbox-exporter probes of the p2p port between regions, the one
// path the network opens between them, so measured round trips exist beside the design's estimates.

import { PORTS } from "../images";
import { SCRAPE_INTERVAL_SECONDS, type MonitoredNode, type MonitoringFacts, type MonitoredRegion } from "./design-facts";
import { BLACKBOX_EXPORTER_PORT, CLIENT_METRICS, JOBS, METRICS_PORT, NODE_EXPORTER_PORT } from "./metrics";

export const RULE_FILES = { recording: "rules/recording.yml", alerts: "rules/alerts.yml" } as const;
/** The blackbox-exporter module the probes use (monitoring/blackbox/blackbox.yml defines it). */
export const PROBE_MODULE = "tcp_connect";

export interface StaticConfig {
  readonly targets: readonly string[];
  readonly labels: Readonly<Record<string, string>>;
}

function nodeLabels(n: MonitoredNode): Record<string, string> {
  return { node: n.name, region: n.regionId, provider: n.provider, role: n.role, node_group: n.groupId };
}

/** The node a region's blackbox-exporter runs beside (its first host), and the node others probe in it (a validator if any). */
export function proberOf(r: MonitoredRegion): MonitoredNode {
  return r.nodes.find((n) => n.onHost) ?? r.nodes[0]!;
}

export function probeTargetOf(r: MonitoredRegion): MonitoredNode {
  return r.nodes.find((n) => n.role === "validator") ?? r.nodes[0]!;
}

export function prometheusConfig(facts: MonitoringFacts): Record<string, unknown> {
  const interval = `${SCRAPE_INTERVAL_SECONDS}s`;
  const scrapeConfigs: Record<string, unknown>[] = [{
    job_name: JOBS.nodes,
    metrics_path: CLIENT_METRICS[facts.client].path,
    static_configs: facts.nodes.map((n): StaticConfig => ({ targets: [`${n.host}:${METRICS_PORT}`], labels: nodeLabels(n) })),
  }];
  const hosts = facts.nodes.filter((n) => n.onHost);
  if (hosts.length > 0) {
    scrapeConfigs.push({
      job_name: JOBS.host,
      static_configs: hosts.map((n): StaticConfig => ({ targets: [`${n.host}:${NODE_EXPORTER_PORT}`], labels: nodeLabels(n) })),
    });
  }
  if (facts.regions.length > 1) {
    const probes: StaticConfig[] = [];
    for (const from of facts.regions) {
      for (const to of facts.regions) {
        if (to === from) continue;
        probes.push({
          targets: [`${probeTargetOf(to).host}:${PORTS.p2p}`],
          labels: { region: from.id, provider: from.provider, target_region: to.id, target_provider: to.provider, __prober: `${proberOf(from).host}:${BLACKBOX_EXPORTER_PORT}` },
        });
      }
    }
    scrapeConfigs.push({
      job_name: JOBS.probes,
      metrics_path: "/probe",
      params: { module: [PROBE_MODULE] },
      static_configs: probes,
      // The standard blackbox pattern: the target becomes a parameter, the request goes to the source region's prober.
      relabel_configs: [
        { source_labels: ["__address__"], target_label: "__param_target" },
        { source_labels: ["__param_target"], target_label: "instance" },
        { source_labels: ["__prober"], target_label: "__address__" },
      ],
    });
  }
  return {
    global: { scrape_interval: interval, evaluation_interval: interval, external_labels: { network: facts.slug } },
    rule_files: [RULE_FILES.recording, RULE_FILES.alerts],
    scrape_configs: scrapeConfigs,
  };
}

export function blackboxConfig(): Record<string, unknown> {
  // A TCP connect to the peer's p2p port takes one round trip: probe_duration_seconds measures it (plus name lookup).
  return { modules: { [PROBE_MODULE]: { prober: "tcp", timeout: "5s", tcp: { preferred_ip_protocol: "ip4" } } } };
}

// Test helper: synthetic Prometheus series for a design, with exactly the labels the bundle's scrape config
// gives each target, and promtool rule-test files built from them.

import { stringify } from "yaml";
import type { TopologyDocument } from "../../../schema";
import { expandNodes } from "../../nodes";
import { planNetwork } from "../../terraform/plan";
import { monitoringFacts, type MonitoredNode, type MonitoringFacts } from "../design-facts";
import { CLIENT_METRICS, FILESYSTEM_AVAIL_BYTES, JOBS, METRICS_PORT, NODE_EXPORTER_PORT, PROBE_SUCCESS } from "../metrics";
import { alertRules, type AlertRule } from "../rules";
import { prometheusConfig, type StaticConfig } from "../scrape-config";

export function factsOf(doc: TopologyDocument): MonitoringFacts {
  return monitoringFacts(planNetwork(doc, expandNodes(doc)));
}

export interface InputSeries {
  readonly series: string;
  readonly values: string;
}

type Labels = Readonly<Record<string, string>>;

function selector(name: string, labels: Labels): string {
  return `${name}{${Object.entries(labels).map(([k, v]) => `${k}="${v}"`).join(",")}}`;
}

export function nodeTargetLabels(n: MonitoredNode, job: string = JOBS.nodes, port: number = METRICS_PORT): Labels {
  return { job, instance: `${n.host}:${port}`, node: n.name, region: n.regionId, provider: n.provider, role: n.role, node_group: n.groupId };
}

/** One series per node of the design: `values(node)` in promtool's expanding notation ("1x40"). */
export function perNode(facts: MonitoringFacts, metric: "up" | "height" | "peers", values: (n: MonitoredNode) => string): InputSeries[] {
  const name = metric === "up" ? "up" : metric === "height" ? CLIENT_METRICS[facts.client].chainHeight : CLIENT_METRICS[facts.client].peers;
  return facts.nodes.map((n) => ({ series: selector(name, nodeTargetLabels(n)), values: values(n) }));
}

export function diskSeries(n: MonitoredNode, values: string): InputSeries {
  return { series: selector(FILESYSTEM_AVAIL_BYTES, { ...nodeTargetLabels(n, JOBS.host, NODE_EXPORTER_PORT), device: "/dev/sdc", fstype: "ext4", mountpoint: "/data" }), values };
}

/** The labels each probe series carries after the scrape config's relabelling (the target becomes instance). */
export function probeLabels(facts: MonitoringFacts): Labels[] {
  const jobs = prometheusConfig(facts).scrape_configs as { job_name: string; static_configs: StaticConfig[] }[];
  const probes = jobs.find((j) => j.job_name === JOBS.probes)?.static_configs ?? [];
  return probes.map((c) => {
    const labels = Object.fromEntries(Object.entries(c.labels).filter(([k]) => !k.startsWith("__")));
    return { job: JOBS.probes, instance: c.targets[0]!, ...labels };
  });
}

export function probeSeries(labels: Labels, values: string): InputSeries {
  return { series: selector(PROBE_SUCCESS, labels), values };
}

/** The alert as it fires for one series: the rule's labels over the series' labels, annotations expanded. */
export function expectedAlert(rule: AlertRule, seriesLabels: Labels = {}): { exp_labels: Labels; exp_annotations: Labels } {
  const labels = { ...seriesLabels, ...rule.labels };
  const expand = (text: string) => text.replace(/\{\{ \$labels\.(\w+) \}\}/g, (_, k: string) => labels[k] ?? "");
  return { exp_labels: labels, exp_annotations: { summary: expand(rule.annotations.summary), description: expand(rule.annotations.description) } };
}

export interface AlertCase {
  readonly name: string;
  readonly intervalSeconds: number;
  readonly series: readonly InputSeries[];
  readonly evalTime: string;
  readonly alertname: string;
  readonly expected: readonly ReturnType<typeof expectedAlert>[];
}

/** A promtool test-rules file: one test per case, against the design's alerts.yml. */
export function ruleTestFile(cases: readonly AlertCase[], evaluationIntervalSeconds = 15): string {
  return stringify({
    rule_files: ["alerts.yml"],
    evaluation_interval: `${evaluationIntervalSeconds}s`,
    tests: cases.map((c) => ({
      name: c.name,
      interval: `${c.intervalSeconds}s`,
      input_series: c.series,
      alert_rule_test: [{ eval_time: c.evalTime, alertname: c.alertname, exp_alerts: c.expected }],
    })),
  }, { lineWidth: 0 });
}

export function alertsYaml(facts: MonitoringFacts): string {
  return stringify({ groups: alertRules(facts) }, { lineWidth: 0 });
}

/** The design's rules named `alert`, matching `labels` (for per-region and per-cloud rules). */
export function ruleOf(facts: MonitoringFacts, alert: string, labels: Labels = {}): AlertRule {
  const rule = alertRules(facts).flatMap((g) => g.rules).find((r) => r.alert === alert && Object.entries(labels).every(([k, v]) => r.labels[k] === v));
  if (!rule) throw new Error(`the design has no ${alert} rule with ${JSON.stringify(labels)}`);
  return rule;
}

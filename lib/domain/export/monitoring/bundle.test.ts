// The monitoring bundle of every marketplace template: `promtool check config` (which loads its rule files)
// and `promtool check rules` (lint included) accept it; the Grafana dashboard parses against the dashboard
// model, has a row per region with the design's quorum drawn as a threshold, and every panel query parses
// as PromQL (checked by promtool as a recording rule).

import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { TEMPLATES } from "../../templates";
import { buildExport } from "../index";
import { text } from "../testing/bundles";
import { GrafanaDashboard, QueryPanel } from "./testing/grafana-dashboard-schema";
import { promtool } from "./testing/promtool";
import { factsOf } from "./testing/series";

function monitoringBundle(doc: (typeof TEMPLATES)[number]["document"]): Record<string, string> {
  const files = buildExport(doc, { targets: ["monitoring"] }).files.filter((f) => f.path.startsWith("monitoring/"));
  return Object.fromEntries(files.map((f) => [f.path.slice("monitoring/".length), text(f)]));
}

describe.each(TEMPLATES.map((t) => [t.slug, t] as const))("monitoring bundle of template %s", (_slug, template) => {
  const files = monitoringBundle(template.document);
  const facts = factsOf(template.document);

  it("passes promtool check config and check rules", () => {
    const config = promtool(["check", "config", "prometheus/prometheus.yml"], files);
    expect(config.status, config.output).toBe(0);
    const rules = promtool(["check", "rules", "prometheus/rules/recording.yml", "prometheus/rules/alerts.yml"], files);
    expect(rules.status, rules.output).toBe(0);
  });

  it("scrapes every node of the design once, on the client's metrics path", () => {
    const config = files["prometheus/prometheus.yml"]!;
    for (const n of facts.nodes) expect(config.split(`- ${n.host}:9545`).length - 1, n.name).toBe(1);
    expect(config).toContain(`metrics_path: ${facts.client === "besu" ? "/metrics" : "/debug/metrics/prometheus"}`);
  });

  it("has a dashboard with a row per region, the quorum as a threshold, and queries that parse", () => {
    const dashboard = GrafanaDashboard.parse(JSON.parse(files[`grafana/${facts.slug}.json`]!));
    const rows = dashboard.panels.filter((p) => p.type === "row").map((p) => p.title);
    expect(rows.slice(1)).toEqual(facts.regions.map((r) => `Region ${r.id} (${r.provider} ${r.cloudRegion})`));
    const queries = dashboard.panels.flatMap((p) => (p.type === "row" ? [] : [QueryPanel.parse(p)]));
    const quorumLines = queries.filter((p) => p.fieldConfig.defaults.custom?.thresholdsStyle?.mode === "line" && p.fieldConfig.defaults.thresholds?.steps.some((s) => s.value === facts.quorum + facts.warningMarginValidators));
    if (facts.validators > 0) expect(quorumLines.length).toBeGreaterThanOrEqual(facts.regions.length + 1);
    const asRules = { groups: [{ name: "dashboard", rules: queries.flatMap((p) => p.targets.map((t) => ({ record: `dashboard:panel_${p.id}_${t.refId}`, expr: t.expr }))) }] };
    const parsed = promtool(["check", "rules", "--lint=none", "panels.yml"], { "panels.yml": stringify(asRules, { lineWidth: 0 }) });
    expect(parsed.status, parsed.output).toBe(0);
  });
});

// Every alert rule against synthetic series generated from the design, run by `promtool test rules`: for
// each alert a case that must fire it and one that must not (promtool fails a case whose firing alerts
// differ from the expected list, so an empty list asserts silence).

import { describe, expect, it } from "vitest";
import { threeRegionTwoCloudTopology } from "../testing/reference-topologies";
import type { MonitoredNode } from "./design-facts";
import { promtool } from "./testing/promtool";
import { alertsYaml, diskSeries, expectedAlert, factsOf, nodeTargetLabels, perNode, probeLabels, probeSeries, ruleOf, ruleTestFile, type AlertCase } from "./testing/series";

/** The reference design with 7 validators (4 in eastus, 1 in westeurope, 2 in virginia): QBFT quorum ceil(14/3) = 5. */
function sevenValidators() {
  const doc = threeRegionTwoCloudTopology();
  doc.nodeGroups.find((g) => g.id === "validators-eastus")!.count = 4;
  return doc;
}

function runCases(facts: ReturnType<typeof factsOf>, cases: readonly AlertCase[], evaluationIntervalSeconds = 15): void {
  const result = promtool(["test", "rules", "tests.yml"], { "alerts.yml": alertsYaml(facts), "tests.yml": ruleTestFile(cases, evaluationIntervalSeconds) });
  expect(result.output).toContain("SUCCESS");
  expect(result.status, result.output).toBe(0);
}

describe("quorum alerts: 7 validators, quorum 5, margin 1", () => {
  const facts = factsOf(sevenValidators());
  const validators = facts.nodes.filter((n) => n.role === "validator");
  // The first `count` validators up, the rest down; every other node up.
  const withUp = (count: number) => perNode(facts, "up", (n) => (n.role !== "validator" || validators.indexOf(n) < count ? "1x40" : "0x40"));
  const page = ruleOf(facts, "ValidatorsBelowQuorum");
  const warn = ruleOf(facts, "ValidatorsNearQuorum");

  it("derives quorum 5 of 7 with a one-validator margin", () => {
    expect([facts.validators, facts.quorum, facts.warningMarginValidators]).toEqual([7, 5, 1]);
  });

  it("fails the harness when an expectation is wrong (6 up expected to page)", () => {
    const result = promtool(["test", "rules", "tests.yml"], {
      "alerts.yml": alertsYaml(facts),
      "tests.yml": ruleTestFile([{ name: "wrong", intervalSeconds: 15, series: withUp(6), evalTime: "5m", alertname: page.alert, expected: [expectedAlert(page)] }]),
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("FAILED");
  });

  it("pages at 4 up, warns at 5 up, says nothing at 6 or 7 up", () => {
    const at = (up: number, alertname: string, fires: boolean): AlertCase => ({
      name: `${up} validators up: ${alertname} ${fires ? "fires" : "silent"}`,
      intervalSeconds: 15,
      series: withUp(up),
      evalTime: "5m",
      alertname,
      expected: fires ? [expectedAlert(alertname === page.alert ? page : warn)] : [],
    });
    runCases(facts, [
      at(4, page.alert, true), at(4, warn.alert, false),
      at(5, page.alert, false), at(5, warn.alert, true),
      at(6, page.alert, false), at(6, warn.alert, false),
      at(7, page.alert, false), at(7, warn.alert, false),
    ]);
  });
});

describe("design alerts on the three-region, two-cloud reference (5 validators, quorum 4)", () => {
  const facts = factsOf(threeRegionTwoCloudTopology());
  const allUp = (down: (n: MonitoredNode) => boolean) => perNode(facts, "up", (n) => (down(n) ? "0x40" : "1x40"));
  const upCase = (name: string, alertname: string, down: (n: MonitoredNode) => boolean, expected: AlertCase["expected"]): AlertCase =>
    ({ name, intervalSeconds: 15, series: allUp(down), evalTime: "5m", alertname, expected });

  it("pages when losing eastus breaks quorum, warns when losing westeurope does not, and stays silent for one node", () => {
    expect(ruleOf(facts, "RegionDown", { region: "eastus" }).labels.severity).toBe("page");
    expect(ruleOf(facts, "RegionDown", { region: "westeurope" }).labels.severity).toBe("warning");
    runCases(facts, [
      upCase("eastus lost", "RegionDown", (n) => n.regionId === "eastus", [expectedAlert(ruleOf(facts, "RegionDown", { region: "eastus" }))]),
      upCase("westeurope lost", "RegionDown", (n) => n.regionId === "westeurope", [expectedAlert(ruleOf(facts, "RegionDown", { region: "westeurope" }))]),
      upCase("one eastus node down", "RegionDown", (n) => n.name === "validator-eastus-1", []),
    ]);
  });

  it("pages when a whole cloud is lost, not when one of its nodes is", () => {
    runCases(facts, [
      upCase("aws lost", "CloudDown", (n) => n.provider === "aws", [expectedAlert(ruleOf(facts, "CloudDown", { provider: "aws" }))]),
      upCase("one aws node down", "CloudDown", (n) => n.name === "validator-virginia-1", []),
    ]);
  });

  it("fires a stall after the window without a new head, not while heads move", () => {
    expect(facts.stallWindowSeconds).toBe(60); // max(10 x 2 s, 4 x 15 s)
    const rule = ruleOf(facts, "BlockProductionStalled");
    runCases(facts, [
      { name: "heads frozen", intervalSeconds: 15, series: perNode(facts, "height", () => "100x40"), evalTime: "5m", alertname: rule.alert, expected: [expectedAlert(rule)] },
      { name: "heads moving", intervalSeconds: 15, series: perNode(facts, "height", () => "100+7x40"), evalTime: "5m", alertname: rule.alert, expected: [] },
    ]);
  });

  it("fires for the one node below its designed peer count", () => {
    const short = facts.nodes[0]!;
    const rule = ruleOf(facts, "PeersBelowDesign", { expected_peers: String(short.expectedPeers) });
    runCases(facts, [
      {
        name: "one node short of a peer", intervalSeconds: 15, evalTime: "10m", alertname: rule.alert,
        series: perNode(facts, "peers", (n) => `${n === short ? n.expectedPeers - 1 : n.expectedPeers}x40`),
        expected: [expectedAlert(rule, nodeTargetLabels(short))],
      },
      { name: "every node at its design", intervalSeconds: 15, evalTime: "10m", alertname: rule.alert, series: perNode(facts, "peers", (n) => `${n.expectedPeers}x40`), expected: [] },
    ]);
  });

  it("fires when a region's head trails by more than the lag allowance, not at the allowance", () => {
    expect(facts.headLagBlocks).toBe(11); // 3 block periods + ceil(15 s / 2 s) blocks of scrape skew
    const rule = ruleOf(facts, "HeadLagBetweenRegions");
    const heights = (lag: number) => perNode(facts, "height", (n) => `${(n.regionId === "virginia" ? 1000 - lag : 1000)}+7x40`);
    runCases(facts, [
      { name: "virginia 12 behind", intervalSeconds: 15, evalTime: "5m", alertname: rule.alert, series: heights(12), expected: [expectedAlert(rule, { region: "virginia" })] },
      { name: "virginia 11 behind", intervalSeconds: 15, evalTime: "5m", alertname: rule.alert, series: heights(11), expected: [] },
    ]);
  });

  it("fires for the failing probe between two regions only", () => {
    const rule = ruleOf(facts, "InterRegionPathDown");
    const probes = probeLabels(facts);
    expect(probes).toHaveLength(6); // 3 regions, each probing the other 2
    const failing = probes.find((p) => p.region === "westeurope" && p.target_region === "virginia")!;
    runCases(facts, [
      { name: "westeurope to virginia fails", intervalSeconds: 15, evalTime: "10m", alertname: rule.alert, series: probes.map((p) => probeSeries(p, p === failing ? "0x40" : "1x40")), expected: [expectedAlert(rule, failing)] },
      { name: "every path answers", intervalSeconds: 15, evalTime: "10m", alertname: rule.alert, series: probes.map((p) => probeSeries(p, "1x40")), expected: [] },
    ]);
  });

  it("fires when free disk runs out within 7 days at its 6 h trend, not when it lasts 13 days", () => {
    const rule = ruleOf(facts, "DiskFullWithin7Days");
    const host = facts.nodes.find((n) => n.onHost)!;
    // 1 TB free. Losing 250 MB a minute empties it in 4000 min (2.8 days); 50 MB a minute lasts 20000 min (13.9 days).
    // At 90 min (past the rule's 1 h `for`): 9.775e11 - 250e6 x 10080 < 0 fires; 9.955e11 - 50e6 x 10080 = 4.9e11 does not.
    runCases(facts, [
      { name: "fills in 2.8 days", intervalSeconds: 60, evalTime: "90m", alertname: rule.alert, series: [diskSeries(host, "1000000000000-250000000x100")], expected: [expectedAlert(rule, { ...nodeTargetLabels(host, "node-exporter", 9100), device: "/dev/sdc", fstype: "ext4", mountpoint: "/data" })] },
      { name: "lasts 13.9 days", intervalSeconds: 60, evalTime: "90m", alertname: rule.alert, series: [diskSeries(host, "1000000000000-50000000x100")], expected: [] },
    ], 60);
  });
});

// Prometheus recording and alert rules derived from the design: the quorum the validators need, which
// region or cloud the design can lose, how fast blocks should come, how many peers each node should have.
// Every alert carries a summary that states the design's own verdict, so the page says what it means.

import { CONSENSUS_LABELS } from "../../consensus/quorum";
import type { MonitoredNode, MonitoringFacts } from "./design-facts";
import { CLIENT_METRICS, FILESYSTEM_AVAIL_BYTES, JOBS, PROBE_DURATION_SECONDS, PROBE_SUCCESS, UP } from "./metrics";

export type Severity = "page" | "warning";

export interface AlertRule {
  readonly alert: string;
  readonly expr: string;
  readonly for?: string;
  readonly labels: Readonly<Record<string, string>> & { readonly severity: Severity };
  readonly annotations: { readonly summary: string; readonly description: string };
}

export interface RecordingRule {
  readonly record: string;
  readonly expr: string;
}

export interface RuleGroup<R> {
  readonly name: string;
  readonly rules: readonly R[];
}

/** Disks alert when their free space, extrapolated from this window, runs out within the horizon. */
export const DISK_TREND_WINDOW = "6h";
export const DISK_FULL_HORIZON_SECONDS = 7 * 24 * 3600;

const nodesUp = (matchers = "") => `${UP}{job="${JOBS.nodes}"${matchers}}`;
const validatorsUp = `sum(${nodesUp(',role="validator"')})`;

export function recordingRules(facts: MonitoringFacts): RuleGroup<RecordingRule>[] {
  const m = CLIENT_METRICS[facts.client];
  return [{
    name: "meridian-regions",
    rules: [
      { record: "region:up_nodes:sum", expr: `sum by (region, provider) (${nodesUp()})` },
      { record: "region:up_validators:sum", expr: `sum by (region, provider) (${nodesUp(',role="validator"')})` },
      { record: "region:chain_height:max", expr: `max by (region) (${m.chainHeight}{job="${JOBS.nodes}"})` },
      { record: "region:peers:min", expr: `min by (region) (${m.peers}{job="${JOBS.nodes}"})` },
      { record: "region:probe_duration_seconds:avg", expr: `avg by (region, target_region) (${PROBE_DURATION_SECONDS}{job="${JOBS.probes}"})` },
      { record: "network:up_validators:sum", expr: validatorsUp },
    ],
  }];
}

export function alertRules(facts: MonitoringFacts): RuleGroup<AlertRule>[] {
  return [{ name: "meridian-design", rules: [...quorumAlerts(facts), ...lossAlerts(facts), ...chainAlerts(facts), ...hostAlerts()] }];
}

function quorumAlerts(f: MonitoringFacts): AlertRule[] {
  if (f.validators === 0) return [];
  const consensus = CONSENSUS_LABELS[f.consensus];
  const rules: AlertRule[] = [{
    alert: "ValidatorsBelowQuorum",
    // With no validator scraped at all the sum is empty: count that as zero up.
    expr: `(${validatorsUp} or vector(0)) < ${f.quorum}`,
    for: "1m",
    labels: { severity: "page" },
    annotations: {
      summary: `Fewer than ${f.quorum} of ${f.validators} validators are up: ${consensus} cannot produce blocks.`,
      description: `The design needs ${f.quorum} of its ${f.validators} validators online and connected for ${consensus} to reach quorum.`,
    },
  }];
  if (f.warningMarginValidators > 0) {
    const limit = f.quorum + f.warningMarginValidators;
    rules.push({
      alert: "ValidatorsNearQuorum",
      expr: `${validatorsUp} >= ${f.quorum} and ${validatorsUp} < ${limit}`,
      for: "1m",
      labels: { severity: "warning" },
      annotations: {
        summary: `Fewer than ${limit} of ${f.validators} validators are up: ${f.warningMarginValidators === 1 ? "one more loss stops" : `${f.warningMarginValidators} more losses stop`} the chain (quorum ${f.quorum}).`,
        description: `Blocks are still produced, but the design's margin above its quorum of ${f.quorum} is used up.`,
      },
    });
  }
  return rules;
}

/** A region or a whole cloud whose every node is unreachable, paged when the design says it is fatal. */
function lossAlerts(f: MonitoringFacts): AlertRule[] {
  const verdict = (lostValidators: number, what: string): Pick<AlertRule, "labels" | "annotations"> & { fatal: boolean } => {
    const left = f.validators - lostValidators;
    const fatal = f.validators > 0 && left < f.quorum;
    return {
      fatal,
      labels: { severity: fatal ? "page" : "warning" },
      annotations: {
        summary: `Every node in ${what} is down.`,
        description: f.validators === 0
          ? "The design has no validators, so no quorum is at stake."
          : fatal
            ? `The design cannot survive this: ${left} of ${f.validators} validators remain and quorum needs ${f.quorum}. The chain has stopped.`
            : `The design survives this: ${left} of ${f.validators} validators remain and quorum needs ${f.quorum}.`,
      },
    };
  };
  const rules: AlertRule[] = [];
  for (const r of f.regions) {
    const v = verdict(r.validators, `region ${r.id} (${r.provider} ${r.cloudRegion})`);
    rules.push({ alert: "RegionDown", expr: `sum(${nodesUp(`,region="${r.id}"`)}) == 0`, for: "2m", labels: { ...v.labels, region: r.id }, annotations: v.annotations });
  }
  if (f.providers.length > 1) {
    for (const p of f.providers) {
      const lost = f.regions.filter((r) => r.provider === p).reduce((n, r) => n + r.validators, 0);
      const v = verdict(lost, `cloud ${p}`);
      rules.push({ alert: "CloudDown", expr: `sum(${nodesUp(`,provider="${p}"`)}) == 0`, for: "2m", labels: { ...v.labels, provider: p }, annotations: v.annotations });
    }
  }
  return rules;
}

function chainAlerts(f: MonitoringFacts): AlertRule[] {
  const m = CLIENT_METRICS[f.client];
  const height = `${m.chainHeight}{job="${JOBS.nodes}"}`;
  const rules: AlertRule[] = [];
  // Raft mints blocks only when there are transactions: an idle raft chain is not a stalled one.
  if (f.validators > 0 && f.consensus !== "raft") {
    rules.push({
      alert: "BlockProductionStalled",
      expr: `sum(changes(${height}[${f.stallWindowSeconds}s])) == 0`,
      labels: { severity: "page" },
      annotations: {
        summary: `No node has seen a new block for ${f.stallWindowSeconds}s.`,
        description: `The design produces a block every ${f.blockPeriodSeconds}s; no head moved in the last ${f.stallWindowSeconds}s.`,
      },
    });
  }
  for (const [expected, nodes] of byExpectedPeers(f.nodes)) {
    rules.push({
      alert: "PeersBelowDesign",
      expr: `${m.peers}{job="${JOBS.nodes}",node=~"${nodes.map((n) => n.name).join("|")}"} < ${expected}`,
      for: "5m",
      labels: { severity: "warning", expected_peers: String(expected) },
      annotations: {
        summary: `{{ $labels.node }} has fewer than the ${expected} peers the design gives it.`,
        description: `{{ $labels.node }} in {{ $labels.region }} should reach ${expected} peers (every node it can dial, within the client's peer limit).`,
      },
    });
  }
  if (f.regions.length > 1) {
    rules.push({
      alert: "HeadLagBetweenRegions",
      expr: `scalar(max(${height})) - max by (region) (${height}) > ${f.headLagBlocks}`,
      for: "2m",
      labels: { severity: "warning" },
      annotations: {
        summary: "The chain head in {{ $labels.region }} trails the network's.",
        description: `Its highest node is more than ${f.headLagBlocks} blocks behind the highest node of the network.`,
      },
    });
    rules.push({
      alert: "InterRegionPathDown",
      expr: `${PROBE_SUCCESS}{job="${JOBS.probes}"} == 0`,
      for: "5m",
      labels: { severity: "warning" },
      annotations: {
        summary: "{{ $labels.region }} cannot open a p2p connection to {{ $labels.target_region }}.",
        description: "The blackbox probe from {{ $labels.region }} to a node of {{ $labels.target_region }} on the p2p port fails.",
      },
    });
  }
  return rules;
}

function hostAlerts(): AlertRule[] {
  return [{
    alert: "DiskFullWithin7Days",
    expr: `predict_linear(${FILESYSTEM_AVAIL_BYTES}{job="${JOBS.host}",fstype!~"tmpfs|overlay|squashfs"}[${DISK_TREND_WINDOW}], ${DISK_FULL_HORIZON_SECONDS}) < 0`,
    for: "1h",
    labels: { severity: "warning" },
    annotations: {
      summary: "{{ $labels.mountpoint }} on {{ $labels.node }} fills up within 7 days at its current rate.",
      description: `Free space extrapolated from the last ${DISK_TREND_WINDOW} reaches zero within 7 days.`,
    },
  }];
}

function byExpectedPeers(nodes: readonly MonitoredNode[]): [number, MonitoredNode[]][] {
  const groups = new Map<number, MonitoredNode[]>();
  for (const n of nodes) if (n.expectedPeers > 0) groups.set(n.expectedPeers, [...(groups.get(n.expectedPeers) ?? []), n]);
  return [...groups.entries()].sort(([a], [b]) => a - b);
}

// The simulation report as text for people: timing, the drill's account and its turning points, availability.

import { formatAvailabilityPercent, formatDurationMs, type SimulationReport } from "../../domain/simulation";
import { columns, plural } from "../format-text";

export function simulationText(report: SimulationReport): string {
  const { design, timing, drill, availability } = report;
  const out: string[] = [];
  out.push(`Simulation of "${design.name}": ${design.consensusLabel}, ${plural(design.validators, "validator")}, quorum ${design.quorum}; seed ${report.seed}`);
  out.push("");
  out.push("Block timing");
  if (!timing.producesBlocks) {
    out.push(`  No blocks: ${timing.reason}`);
  } else {
    const sources = timing.latencySources;
    out.push(`  ${timing.roundsSimulated.toLocaleString("en-US")} rounds; validator pairs: ${sources.measured} measured, ${sources.estimated} estimated, ${sources.sameRegion} in one region`);
    const roundChange = timing.roundChangeProbability === null
      ? "none (no rounds in this consensus)"
      : timing.roundChangeProbability === 0 && timing.roundChangeProbabilityUpperBound !== null
        ? `none seen (at most ${formatPercent(timing.roundChangeProbabilityUpperBound)} at 95% confidence)`
        : `${formatPercent(timing.roundChangeProbability)} of rounds exceed the ${formatDurationMs(design.requestTimeoutMs)} request timeout`;
    out.push(indent(columns([
      ["Proposal to commit", `p50 ${formatDurationMs(timing.commitMs.p50)}`, `p95 ${formatDurationMs(timing.commitMs.p95)}`],
      ["Block interval", `p50 ${formatDurationMs(timing.blockIntervalMs.p50)}`, `p95 ${formatDurationMs(timing.blockIntervalMs.p95)}`],
      ["Round changes", roundChange],
      [
        "Throughput",
        `${Math.round(timing.throughput.gasPerSecond).toLocaleString("en-US")} gas/s, ~${Math.round(timing.throughput.transfersPerSecond).toLocaleString("en-US")} transfers/s`,
        `limited by ${timing.throughput.limitedBy === "block-period" ? "the block period" : "consensus latency"} (gas limit ${timing.throughput.blockGasLimit.toLocaleString("en-US")} per block)`,
      ],
    ])));
    out.push("  By proposer region:");
    out.push(indent(columns([
      ["region", "validators", "commit p50", "commit p95", "round changes"],
      ...timing.perProposerRegion.map((r) => [
        r.regionId,
        String(r.validators),
        r.commitMs ? formatDurationMs(r.commitMs.p50) : "—",
        r.commitMs ? formatDurationMs(r.commitMs.p95) : "—",
        r.roundChangeProbability === null ? "—" : formatPercent(r.roundChangeProbability),
      ]),
    ]), 4));
  }
  if (drill) {
    out.push("");
    out.push(`Outage drill: ${drill.failure.label} (${plural(drill.failure.validatorsDown, "validator")} down) over ${formatDurationMs(drill.spec.horizonMs)}`);
    out.push(`  ${drill.summary.summary}`);
    const turningPoints = drill.events.filter((e) => e.kind !== "block");
    if (turningPoints.length > 0) out.push(indent(columns(turningPoints.map((e) => [formatClock(e.atMs), e.label]))));
    out.push(`  ${plural(drill.summary.blocksProduced, "block")} produced; longest gap between blocks ${formatDurationMs(drill.summary.maxGapMs)}`);
  }
  out.push("");
  const method = availability.method === "exact"
    ? `exact, over every combination of ${plural(availability.events.length, "failure event")}`
    : `Monte Carlo, ${availability.trials?.toLocaleString("en-US")} trials, seed ${availability.seed}`;
  out.push(`Availability (${method})`);
  const interval = availability.downtimeMinutesPerYearConfidence95;
  out.push(
    `  The chain can produce blocks ${formatAvailabilityPercent(availability.probability)} of the time: ` +
      `${availability.downtimeMinutesPerYear.toLocaleString("en-US")} minutes a year without blocks` +
      (interval ? ` (95% interval ${interval.low.toLocaleString("en-US")} to ${interval.high.toLocaleString("en-US")})` : ""),
  );
  if (availability.mostLikelyOutage) {
    const o = availability.mostLikelyOutage;
    out.push(`  Most of it comes from: ${o.label} (${formatPercent(o.shareOfDowntime)} of the downtime)`);
  }
  out.push("  Assumptions:");
  for (const line of availability.assumptions) out.push(`    - ${line}`);
  if (timing.assumptions.length > 0) {
    out.push("");
    out.push("Timing assumptions:");
    for (const line of timing.assumptions) out.push(`  - ${line}`);
  }
  return `${out.join("\n")}\n`;
}

function indent(text: string, spaces = 2): string {
  return text.split("\n").map((line) => `${" ".repeat(spaces)}${line}`).join("\n");
}

function formatPercent(share: number): string {
  return `${+(share * 100).toPrecision(3)}%`;
}

/** Drill moments as minutes:seconds from its start. */
function formatClock(ms: number): string {
  const totalSeconds = ms / 1000;
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds - minutes * 60;
  return `${minutes}:${seconds.toFixed(1).padStart(4, "0")}`;
}

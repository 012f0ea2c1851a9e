// Simulation speed: block timing, one outage drill and availability on the largest template and on a 100-region,
// 200-validator design joined across clouds by VPNs (goals: timing under 1 s; 10^6 Monte Carlo trials under 5 s).

import { validatorsPerRegion } from "@/lib/domain/consensus/failure-domains";
import { computeAvailability, runDrill, simulateTiming } from "@/lib/domain/simulation";
import { instantiateTemplate, TEMPLATES } from "@/lib/domain/templates";
import type { TopologyDocument } from "@/lib/domain/schema";
import { regionKeyOf } from "@/lib/domain/region-key";
import { generateTopology, withDenseLinks } from "./generate-topology";
import { log, round, timeSync } from "./stats";

/** 100 regions across the three clouds, two validators in each, and VPNs joining the clouds. */
function hundredRegions(): TopologyDocument {
  const base = generateTopology(100, 100);
  const nodeGroups = base.nodeGroups.map((g) => ({ ...g, role: "validator" as const, count: 2 }));
  return withDenseLinks({ ...base, name: "bench 100 regions / 200 validators", nodeGroups }, 9);
}

function largestTemplate(): TopologyDocument {
  const docs = TEMPLATES.map((t) => instantiateTemplate(t));
  return docs.reduce((a, b) => (validatorsPerRegion(b).filter((v) => v > 0).length > validatorsPerRegion(a).filter((v) => v > 0).length ? b : a));
}

function measure(label: string, doc: TopologyDocument) {
  log(`simulation: ${label}`);
  const validators = validatorsPerRegion(doc).reduce((a, b) => a + b, 0);
  const timing = simulateTiming(doc);
  const timingTime = timeSync(() => simulateTiming(doc), 3, 1);
  const lost = doc.regions.find((r) => validatorsPerRegion(doc)[doc.regions.indexOf(r)]! > 0)!;
  const drill = { failure: { kind: "region" as const, regionKey: regionKeyOf(lost) }, atMs: 60_000, recoverAtMs: 180_000, horizonMs: 300_000 };
  const drillTime = timeSync(() => runDrill(doc, drill), 3, 1);
  const exact = computeAvailability(doc);
  const availabilityTime = timeSync(() => computeAvailability(doc), 3, 1);
  const sampled = computeAvailability(doc, { maxExactEvents: 0, trials: 1_000_000 });
  const monteCarloTime = timeSync(() => computeAvailability(doc, { maxExactEvents: 0, trials: 1_000_000 }), 2, 1);
  return {
    design: doc.name,
    regions: doc.regions.length,
    validators,
    timing: {
      ...timingTime,
      rounds: timing.producesBlocks ? timing.roundsSimulated : 0,
      commitMsP50: timing.producesBlocks ? round(timing.commitMs.p50, 1) : null,
      commitMsP95: timing.producesBlocks ? round(timing.commitMs.p95, 1) : null,
    },
    drill: { ...drillTime, lost: drill.failure.regionKey, horizonMs: drill.horizonMs },
    availability: { ...availabilityTime, method: exact.method, events: exact.events.length, downtimeMinutesPerYear: round(exact.downtimeMinutesPerYear, 2) },
    monteCarlo1e6: {
      ...monteCarloTime,
      downtimeMinutesPerYear: round(sampled.downtimeMinutesPerYear, 2),
      confidence95: sampled.downtimeMinutesPerYearConfidence95,
    },
  };
}

export async function simulationBench() {
  return {
    rows: [measure("largest template", largestTemplate()), measure("100 regions", hundredRegions())],
    note:
      "default seeds and rounds; timing = simulateTiming, drill = one region lost at 60 s and back at 180 s over 300 s, " +
      "availability = computeAvailability with its default method, monteCarlo1e6 = 10^6 trials forced (maxExactEvents 0)",
  };
}

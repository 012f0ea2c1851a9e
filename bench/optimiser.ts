// Optimiser: solve time and cost on a fixed suite of scenarios, against two baselines meeting the same constraints:
// an even spread of the same validators over the cheapest eligible regions, and the wizard's previous heuristic on
// those regions (goal: under 2 s each; never dearer).

import { quorumSize } from "@/lib/domain/consensus/quorum";
import { priceTopology } from "@/lib/domain/cost";
import { rtt } from "@/lib/domain/latency";
import { optimise, OptimiseSpecSchema, type OptimiseSpecInput } from "@/lib/domain/optimise";
import { designDocument } from "@/lib/domain/optimise/decode";
import { prepareInstance } from "@/lib/domain/optimise/instance";
import { readRegionRef } from "@/lib/domain/region-key";
import { proposeTopology } from "@/lib/domain/wizard";
import { evenSplit } from "@/lib/domain/wizard/spread-validators";
import { createHighsSolver } from "@/lib/solver/highs";
import { log, round } from "./stats";

const EU_CORE = ["aws:eu-west-1", "aws:eu-central-1", "azure:westeurope", "azure:northeurope", "gcp:europe-west1", "gcp:europe-west4"];

export const OPTIMISER_SCENARIOS: { name: string; spec: OptimiseSpecInput }[] = [
  { name: "EU GDPR, AWS, 4 validators", spec: { client: "besu", consensus: "qbft", validators: 4, providers: ["aws"], packs: ["gdpr"] } },
  { name: "EU GDPR, 3 clouds, survive a cloud", spec: { client: "besu", consensus: "qbft", validators: { min: 4, max: 7 }, packs: ["gdpr"], tolerate: { regions: 1, provider: true } } },
  { name: "US HIPAA, Azure and AWS, 4-7", spec: { client: "besu", consensus: "qbft", validators: { min: 4, max: 7 }, providers: ["azure", "aws"], packs: ["hipaa"] } },
  { name: "global 3-cloud, survive a cloud", spec: { client: "besu", consensus: "qbft", validators: { min: 4, max: 7 }, tolerate: { regions: 1, provider: true } } },
  { name: "sovereign: Azure Government only", spec: { client: "besu", consensus: "qbft", validators: 4, regions: ["azure:usgovvirginia", "azure:usgovarizona", "azure:usgovtexas", "azure:usdodeast", "azure:usdodcentral"] } },
  { name: "budget-capped GCP", spec: { client: "besu", consensus: "qbft", validators: 4, providers: ["gcp"], budgetUsdMonth: 1500 } },
  { name: "latency-capped EU, 60 ms", spec: { client: "besu", consensus: "qbft", validators: 4, packs: ["gdpr"], maxRttMs: 60 } },
  { name: "latency objective, EU allow list", spec: { client: "besu", consensus: "qbft", validators: 4, regions: EU_CORE, objective: "latency" } },
  { name: "survive any 2 regions, AWS", spec: { client: "besu", consensus: "qbft", validators: 7, providers: ["aws"], tolerate: { regions: 2 } } },
  { name: "raft, 5 peers, 2 per region, RPC", spec: { client: "goquorum", consensus: "raft", validators: 5, maxValidatorsPerRegion: 2, rpc: 2, providers: ["azure", "gcp"] } },
  { name: "weighted cost + latency, US", spec: { client: "besu", consensus: "qbft", validators: 4, packs: ["hipaa"], objective: { cost: 1, latency: 5 } } },
  { name: "carbon objective, EU GDPR, survive a cloud", spec: { client: "besu", consensus: "qbft", validators: { min: 4, max: 7 }, packs: ["gdpr"], tolerate: { regions: 1, provider: true }, objective: "carbon" } },
  { name: "demand points, Tokyo and Frankfurt, 3 RPC", spec: { client: "besu", consensus: "qbft", validators: { min: 4, max: 6 }, rpc: 3, demand: [{ region: "aws:ap-northeast-1", share: 0.4, maxRttMs: 30 }, { region: "aws:eu-central-1", share: 0.6, maxRttMs: 30 }] } },
];

/** Even spread of n validators over the fewest cheapest eligible regions meeting the spec's constraints. */
function evenSpread(input: OptimiseSpecInput, n: number): { costUsdMonth: number; regions: string[] } | undefined {
  const spec = OptimiseSpecSchema.parse(input);
  // The spread places RPC nodes with the first region, so it cannot promise a demand point's round trip.
  if (spec.demand.length > 0) return undefined;
  const instance = prepareInstance(spec);
  const q = quorumSize(spec.consensus, n);
  const order = instance.candidates.map((_, i) => i).sort((a, b) => instance.costs.regions[a]!.validatorUsdMonth - instance.costs.regions[b]!.validatorUsdMonth);
  for (let m = 1; m <= Math.min(n, order.length); m++) {
    const chosen: number[] = [];
    // Round robin over clouds when a cloud's loss must be survived; within each, cheapest first.
    const queue = spec.tolerate.provider ? roundRobin(instance, order) : order;
    for (const i of queue) {
      if (chosen.length === m) break;
      const key = instance.candidates[i]!.key;
      if (spec.maxRttMs !== undefined && chosen.some((j) => rtt(instance.candidates[j]!.key, key).rttMs > spec.maxRttMs!)) continue;
      chosen.push(i);
    }
    if (chosen.length < m) break;
    const counts = evenSplit(n, m);
    const largest = [...counts].sort((a, b) => b - a);
    if (largest.slice(0, spec.tolerate.regions).reduce((s, v) => s + v, 0) > n - q) continue;
    if (spec.maxValidatorsPerRegion !== undefined && largest[0]! > spec.maxValidatorsPerRegion) continue;
    if (spec.tolerate.provider) {
      const perCloud = new Map<string, number>();
      chosen.forEach((i, k) => perCloud.set(instance.candidates[i]!.info.provider, (perCloud.get(instance.candidates[i]!.info.provider) ?? 0) + counts[k]!));
      if (perCloud.size < 2 || [...perCloud.values()].some((v) => v > n - q)) continue;
    }
    const clouds = new Set<string>();
    const placement = chosen.map((i, k) => {
      const provider = instance.candidates[i]!.info.provider;
      const boot = spec.bootnodes > 0 && !clouds.has(provider) ? 1 : 0;
      clouds.add(provider);
      return { key: instance.candidates[i]!.key, validators: counts[k]!, bootnodes: boot, rpc: k === 0 ? spec.rpc : 0 };
    });
    const cost = priceTopology(designDocument(instance, placement)).totalMonthlyUsd;
    if (spec.budgetUsdMonth !== undefined && cost > spec.budgetUsdMonth) return undefined;
    return { costUsdMonth: cost, regions: placement.map((p) => p.key) };
  }
  return undefined;
}

/**
 * The wizard's previous heuristic on the same requirements, given the regions the even spread chose (a person's
 * pick of cheap eligible regions): its proposal's full price, counted only when it meets the asked tolerance.
 */
function wizardCostUsdMonth(input: OptimiseSpecInput, regions: readonly string[]): number | undefined {
  const spec = OptimiseSpecSchema.parse(input);
  const tolerance = spec.tolerate.provider ? "provider" : spec.tolerate.regions > 0 ? "region" : "none";
  const picked = regions.map((key) => readRegionRef(key));
  try {
    const proposal = proposeTopology({
      name: "wizard baseline",
      client: spec.client,
      consensus: spec.consensus,
      providers: [...new Set(picked.map((r) => r.provider))],
      regions: picked.map((r) => ({ provider: r.provider, region: r.id })),
      tolerance,
      packs: spec.packs,
      ...(spec.budgetUsdMonth !== undefined ? { budgetMonthlyUsd: spec.budgetUsdMonth } : {}),
    });
    return proposal.tolerance.met ? priceTopology(proposal.document).totalMonthlyUsd : undefined;
  } catch {
    return undefined;
  }
}

function roundRobin(instance: ReturnType<typeof prepareInstance>, order: number[]): number[] {
  const byCloud = new Map<string, number[]>();
  for (const i of order) {
    const p = instance.candidates[i]!.info.provider;
    byCloud.set(p, [...(byCloud.get(p) ?? []), i]);
  }
  const lists = [...byCloud.values()];
  const out: number[] = [];
  for (let k = 0; out.length < order.length; k++) for (const l of lists) if (l[k] !== undefined) out.push(l[k]!);
  return out;
}

export async function optimiserBench() {
  const solver = createHighsSolver({ timeLimitSeconds: 20 });
  const rows = [];
  for (const { name, spec } of OPTIMISER_SCENARIOS) {
    log(`optimiser: ${name}`);
    const started = performance.now();
    const result = await optimise(spec, solver);
    const wallSeconds = (performance.now() - started) / 1000;
    const n = result.metrics?.tolerance.validators;
    const spread = n !== undefined ? evenSpread(spec, n) : undefined;
    const baseline = spread?.costUsdMonth;
    const wizard = spread ? wizardCostUsdMonth(spec, spread.regions) : undefined;
    const cost = result.metrics?.costUsdMonth;
    rows.push({
      scenario: name,
      feasible: result.feasible,
      wallSeconds: round(wallSeconds, 3),
      solverSeconds: round(result.solver.seconds, 3),
      solves: result.solver.solves,
      optimal: result.solver.optimal,
      gapPercent: result.solver.gapPercent,
      validators: n,
      regions: result.design?.regions.map((r) => `${r.provider}:${r.region}`),
      costUsdMonth: cost === undefined ? undefined : round(cost, 2),
      maxRttMs: result.metrics ? round(result.metrics.maxRttMs, 1) : undefined,
      carbonKgCo2eMonth: result.metrics ? round(result.metrics.carbonKgCo2eMonth, 3) : undefined,
      paretoPoints: result.pareto.length,
      evenSpreadCostUsdMonth: baseline === undefined ? undefined : round(baseline, 2),
      savingPercent: cost !== undefined && baseline !== undefined ? round((100 * (baseline - cost)) / baseline, 1) : undefined,
      wizardCostUsdMonth: wizard === undefined ? undefined : round(wizard, 2),
      savingVsWizardPercent: cost !== undefined && wizard !== undefined ? round((100 * (wizard - cost)) / wizard, 1) : undefined,
      explanation: result.feasible ? undefined : result.explanation,
    });
  }
  const savings = rows.flatMap((r) => (r.savingPercent === undefined ? [] : [r.savingPercent])).sort((a, b) => a - b);
  const vsWizard = rows.flatMap((r) => (r.savingVsWizardPercent === undefined ? [] : [r.savingVsWizardPercent])).sort((a, b) => a - b);
  return {
    scenarios: rows,
    medianSavingPercent: savings.length ? savings[Math.floor(savings.length / 2)] : undefined,
    worstSavingPercent: savings[0],
    medianSavingVsWizardPercent: vsWizard.length ? vsWizard[Math.floor(vsWizard.length / 2)] : undefined,
    worstSavingVsWizardPercent: vsWizard[0],
    wizardComparedOn: vsWizard.length,
    underTwoSeconds: rows.filter((r) => r.wallSeconds < 2).length,
  };
}

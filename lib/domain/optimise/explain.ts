// Plain words for an answer: why each region was chosen, and for an infeasible request, the constraint that
// makes it so, found by re-solving without one group of constraints at a time.

import { PROVIDER_LABELS } from "../region-key";
import type { ConstraintGroup } from "./lp-format";
import { prepareInstance, solveCount, type Instance } from "./instance";
import type { RegionPlacement } from "./placement";
import type { MilpSolver } from "./solver";
import { validatorCounts, type OptimiseSpec, type OptimiseWeights } from "./spec";
import { quorumSize } from "../consensus/quorum";

const usd = (v: number) => `$${v.toFixed(2)}`;

/**
 * Why each used region: its price per validator and rank among the eligible regions; when carbon is weighed,
 * also its emissions per validator and rank, and which of the two decided it.
 */
export function explainPlacement(instance: Instance, placement: readonly RegionPlacement[], weights: OptimiseWeights): string[] {
  const n = placement.reduce((s, p) => s + p.validators, 0);
  const q = quorumSize(instance.spec.consensus, n);
  const unit = instance.costs.regions.map((c) => c.validatorUsdMonth);
  const ranked = [...unit].sort((a, b) => a - b);
  const kg = instance.carbon.map((c) => c.validatorKgCo2eMonth);
  const greenest = [...kg].sort((a, b) => a - b);
  const lines = [`${n} validators, quorum ${q}: any ${n - q} may be lost. ${instance.candidates.length} regions were eligible.`];
  for (const p of placement) {
    const i = instance.candidates.findIndex((c) => c.key === p.key);
    const c = instance.candidates[i]!;
    const rank = ranked.indexOf(unit[i]!) + 1;
    let line = `${p.key} (${c.info.displayName}): ${p.validators} validator${p.validators === 1 ? "" : "s"}${p.bootnodes ? ", the bootnode of " + PROVIDER_LABELS[c.info.provider] : ""}${p.rpc ? `, ${p.rpc} RPC` : ""}; ${usd(unit[i]!)} a validator-month, ${ordinal(rank)} cheapest of ${unit.length}`;
    if (weights.carbon > 0) {
      const carbon = instance.carbon[i]!;
      const carbonRank = greenest.indexOf(kg[i]!) + 1;
      // Carbon decided the region when cost has no say, or when the region ranks better on carbon than on price.
      const decided = weights.cost === 0 || carbonRank < rank ? "carbon decided it: " : "";
      line += `; ${decided}${kg[i]!.toFixed(3)} kg CO2e a validator-month (grid ${carbon.gridGramsPerKwh.toFixed(1)} g/kWh${carbon.estimated ? ", estimated from the provider's average" : ""}), ${ordinal(carbonRank)} lowest of ${kg.length}`;
    }
    lines.push(`${line}.`);
  }
  return lines;
}

function ordinal(k: number): string {
  const s = k % 100 >= 11 && k % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][k % 10] ?? "th";
  return `${k}${s}`;
}

const RELAXABLE: readonly ConstraintGroup[] = ["per-region-cap", "tolerate-regions", "tolerate-provider", "max-rtt", "budget", "pinned", "demand"];

function describeFilters(spec: OptimiseSpec): string {
  const parts: string[] = [];
  if (spec.packs.length) parts.push(spec.packs.map((p) => p.toUpperCase()).join(" and ") + "-eligible");
  if (spec.providers) parts.push(`on ${spec.providers.map((p) => PROVIDER_LABELS[p]).join(" and ")}${spec.providers.length === 1 ? " alone" : ""}`);
  if (spec.regions) parts.push("from the allow list");
  if (spec.excludeRegions.length) parts.push(`excluding ${spec.excludeRegions.join(", ")}`);
  return parts.join(" ");
}

function describe(group: ConstraintGroup | "region-filters", instance: Instance, counts: number[]): string {
  const { spec } = instance;
  const m = instance.candidates.length;
  const nText = counts.length === 1 ? `${counts[0]}` : `${counts[0]}-${counts[counts.length - 1]}`;
  const n = counts[0]!;
  const q = quorumSize(spec.consensus, n);
  const where = `${m} ${describeFilters(spec)} region${m === 1 ? "" : "s"}`.replace(/\s+/g, " ");
  switch (group) {
    case "per-region-cap":
      return `no ${where} can hold ${nText} validators with ${spec.maxValidatorsPerRegion} per region at most (the per-region cap).`;
    case "tolerate-regions":
      return `no ${where} can hold ${nText} validators so that losing any ${spec.tolerate.regions} region${spec.tolerate.regions === 1 ? "" : "s"} leaves a quorum (${q} of ${n}: at most ${n - q} validators in the regions lost).`;
    case "tolerate-provider":
      return `no ${where} can hold ${nText} validators so that losing any one cloud leaves a quorum (${q} of ${n}).`;
    case "max-rtt":
      return `no ${where} within ${spec.maxRttMs} ms round trip of each other can hold ${nText} validators as the other constraints ask.`;
    case "budget":
      return `no design of ${nText} validators on ${where} meeting the other constraints costs ${usd(spec.budgetUsdMonth ?? 0)} a month or less.`;
    case "pinned":
      return `the pinned regions and validator counts leave no placement of ${nText} validators on ${where} meeting the other constraints.`;
    case "demand":
      return `no placement of ${nText} validators on ${where} puts an RPC node within each demand point's round trip (RPC nodes sit in validator regions).`;
    case "region-filters":
      return `the region filters leave ${where}: too few for ${nText} validators with the tolerance asked; any region would do.`;
    default:
      return `the ${group} constraints cannot be met.`;
  }
}

async function feasibleFor(solver: MilpSolver, instance: Instance, counts: number[], omit: ReadonlySet<ConstraintGroup>): Promise<boolean> {
  for (const n of counts) {
    const s = await solveCount(solver, instance, n, { omit, weights: { cost: 1, latency: 0, carbon: 0 } });
    if (s.solution.values.size > 0) return true;
  }
  return false;
}

/** The constraint groups whose removal alone makes the request feasible, in words; else what is jointly at fault. */
export async function explainInfeasible(solver: MilpSolver, instance: Instance): Promise<string[]> {
  const { spec } = instance;
  const counts = validatorCounts(spec);
  if (instance.candidates.length === 0) return [`Infeasible: no region is eligible: ${describeFilters(spec) || "the filters"} leave none.`];
  const present = RELAXABLE.filter((g) => groupPresent(instance, g));
  const binding: string[] = [];
  for (const g of present) if (await feasibleFor(solver, instance, counts, new Set([g]))) binding.push(describe(g, instance, counts));
  const filtered = spec.packs.length > 0 || spec.providers !== undefined || spec.regions !== undefined || spec.excludeRegions.length > 0;
  if (filtered) {
    const open = prepareInstance({ ...spec, packs: [], providers: undefined, regions: undefined, excludeRegions: [] });
    if (await feasibleFor(solver, open, counts, new Set())) binding.push(describe("region-filters", instance, counts));
  }
  if (binding.length > 0) return binding.map((b) => `Infeasible: ${b[0]!.toUpperCase()}${b.slice(1)}`);
  return [`Infeasible: no single constraint is at fault; ${[...present].join(", ")} together (with the region filters) rule out every placement of ${counts.join(", ")} validators.`];
}

function groupPresent(instance: Instance, g: ConstraintGroup): boolean {
  const { spec } = instance;
  switch (g) {
    case "per-region-cap": return spec.maxValidatorsPerRegion !== undefined;
    case "tolerate-regions": return spec.tolerate.regions > 0;
    case "tolerate-provider": return spec.tolerate.provider;
    case "max-rtt": return spec.maxRttMs !== undefined;
    case "budget": return spec.budgetUsdMonth !== undefined;
    case "pinned": return instance.pinnedRegions.size + instance.pinnedValidators.size > 0;
    case "demand": return spec.demand.length > 0;
    default: return false;
  }
}

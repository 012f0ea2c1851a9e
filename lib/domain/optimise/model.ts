// The placement model for one validator count n (quorum q is then a constant, so everything stays linear).
// Variables per candidate region i: x_i validators (integer), y_i region used (binary), b_i bootnode
// (binary), r_i RPC nodes (integer); per cloud p: w_p used (binary); per pair of clouds: v_pq joined;
// z the largest round trip between used regions; t, u_i for "the k largest x_i". docs/optimiser.md states it.
// Candidates a reduction leaves out (reduce.ts) get no columns: their x_i etc. are 0 by absence.

import { quorumSize } from "../consensus/quorum";
import { PROVIDERS, type Provider } from "../region-key";
import type { Consensus } from "../schema/enums";
import type { RegionCarbon } from "./carbon-coefficients";
import type { Candidate } from "./candidates";
import { cloudPairKey, type CostCoefficients } from "./coefficients";
import type { Constraint, ConstraintGroup, LinearModel, Sense, Variable } from "./lp-format";
import { reduceCandidates } from "./reduce";

export interface ObjectiveWeights {
  /** Per USD a month. */
  readonly cost: number;
  /** Per ms of the largest round trip between validator regions. */
  readonly latency: number;
  /** Per kg CO2e a month. */
  readonly carbon: number;
  /** Per region used: the tie-break stage (fewer regions, less of the traffic and VPNs the model leaves out). */
  readonly regions?: number;
}

/** An earlier stage's weighted objective may not exceed limit. */
export interface ObjectiveCap {
  readonly cost: number;
  readonly latency: number;
  readonly carbon: number;
  readonly limit: number;
}

/** A demand point: RPC nodes within maxRttMs of its region must hold at least one RPC node. */
export interface DemandCoverage {
  /** Round trip from each candidate to the point, ms. */
  readonly rttMs: Float64Array;
  readonly maxRttMs: number;
}

export interface ModelInput {
  readonly candidates: readonly Candidate[];
  readonly costs: CostCoefficients;
  readonly carbon: readonly RegionCarbon[];
  readonly rttMs: Float64Array;
  readonly consensus: Consensus;
  readonly validators: number;
  readonly tolerateRegions: number;
  readonly tolerateProvider: boolean;
  readonly maxValidatorsPerRegion?: number;
  readonly maxRttMs?: number;
  /** The pairs over maxRttMs to write rows for; all of them when absent (instance.ts adds them lazily). */
  readonly conflictPairs?: readonly (readonly [number, number])[];
  readonly budgetUsdMonth?: number;
  readonly bootnodesPerCloud: number;
  readonly rpc: number;
  readonly weights: ObjectiveWeights;
  /** Carbon ceiling, kg CO2e a month (the Pareto front's carbon steps). */
  readonly maxCarbonKgMonth?: number;
  /** A lexicographic second stage: the first stage's weighted latency and carbon may not exceed limit. */
  readonly objectiveCaps?: readonly ObjectiveCap[];
  /** Fixed by the user: regions that must be used, and validator counts that must be kept, by candidate index. */
  readonly pinnedRegions?: ReadonlySet<number>;
  readonly pinnedValidators?: ReadonlyMap<number, number>;
  readonly demand?: readonly DemandCoverage[];
  /** Groups the solve will leave out (explaining infeasibility): the reduction must not rely on them. */
  readonly omit?: ReadonlySet<ConstraintGroup>;
  /** Apply the optimum-preserving reductions (default true; tests turn it off to compare). */
  readonly reduce?: boolean;
}

export interface PlacementModel extends LinearModel {
  /** The model's cost of a solution, USD a month (what the budget row bounds). */
  readonly cost: ReadonlyMap<string, number>;
  /** The model's carbon of a solution, kg CO2e a month. */
  readonly carbon: ReadonlyMap<string, number>;
  readonly quorum: number;
  /** Candidates with columns (the rest were reduced away). */
  readonly active: readonly boolean[];
  readonly providers: readonly Provider[];
}

export const x = (i: number) => `x_${i}`;
export const y = (i: number) => `y_${i}`;
export const b = (i: number) => `b_${i}`;
export const r = (i: number) => `r_${i}`;
export const w = (p: Provider) => `w_${p}`;
export const v = (pair: string) => `v_${pair.replace("|", "_")}`;
export const Z = "z_rtt";

export function buildPlacementModel(input: ModelInput): PlacementModel {
  const { candidates, costs, validators: n } = input;
  const q = quorumSize(input.consensus, n);
  const m = candidates.length;
  const omit = input.omit ?? new Set<ConstraintGroup>();
  const pinnedRegions = new Set([...(input.pinnedRegions ?? []), ...(input.pinnedValidators?.keys() ?? [])]);
  const demand = input.demand ?? [];
  const needZ = input.weights.latency > 0 || (input.objectiveCaps ?? []).some((c) => c.latency > 0);
  const carbonMatters = input.weights.carbon > 0 || (input.objectiveCaps ?? []).some((c) => c.carbon > 0) || input.maxCarbonKgMonth !== undefined;
  // A reduction's swap moves one region's nodes to one other region, so it keeps the number of regions used:
  // the reductions stay valid for the tie-break stage that minimises it.
  const conflictPairs = input.maxRttMs === undefined || omit.has("max-rtt") ? [] : input.conflictPairs ?? pairsOver(input.rttMs, m, input.maxRttMs);
  const conflicts = candidates.map(() => new Set<number>());
  for (const [i, j] of conflictPairs) {
    conflicts[i]!.add(j);
    conflicts[j]!.add(i);
  }
  const covers = candidates.map((_, i) => new Set(demand.flatMap((d, p) => (d.rttMs[i]! <= d.maxRttMs ? [p] : []))));

  const reduction = input.reduce === false
    ? { active: candidates.map(() => true), order: [] }
    : reduceCandidates({
      providers: candidates.map((c) => c.info.provider),
      figures: candidates.map((_, i) => {
        const c = costs.regions[i]!;
        const k = input.carbon[i]!;
        return [
          c.validatorUsdMonth, c.regionUsdMonth,
          ...(input.bootnodesPerCloud > 0 ? [c.bootnodeUsdMonth] : []), ...(input.rpc > 0 ? [c.rpcUsdMonth] : []),
          ...(carbonMatters ? [k.validatorKgCo2eMonth, ...(input.bootnodesPerCloud > 0 ? [k.bootnodeKgCo2eMonth] : []), ...(input.rpc > 0 ? [k.rpcKgCo2eMonth] : [])] : []),
        ];
      }),
      rttMs: input.rttMs,
      conflicts,
      largestRtt: needZ,
      covers,
      pinned: pinnedRegions,
      // A used region holds a validator; a cloud whose loss must be survived holds at most n - q of them.
      regionsPerCloud: input.tolerateProvider && !omit.has("tolerate-provider") ? n - q : n,
    });
  const { active } = reduction;
  const ids = candidates.flatMap((_, i) => (active[i] ? [i] : []));

  const variables: Variable[] = [];
  const constraints: Constraint[] = [];
  const add = (name: string, group: ConstraintGroup, terms: [string, number][], sense: Sense, rhs: number) =>
    constraints.push({ name, group, terms: new Map(terms), sense, rhs });
  const providers = PROVIDERS.filter((p) => ids.some((i) => candidates[i]!.info.provider === p));
  const perRegionCap = Math.min(n, input.maxValidatorsPerRegion ?? n);

  for (const i of ids) {
    // x_i's bound is n; the per-region cap is a row of its own so it can be relaxed when explaining.
    variables.push({ name: x(i), kind: "integer", lower: 0, upper: n }, { name: y(i), kind: "binary", lower: 0, upper: 1 });
    if (input.bootnodesPerCloud > 0) variables.push({ name: b(i), kind: "binary", lower: 0, upper: 1 });
    if (input.rpc > 0) variables.push({ name: r(i), kind: "integer", lower: 0, upper: input.rpc });
  }
  for (const p of providers) variables.push({ name: w(p), kind: "binary", lower: 0, upper: 1 });
  const pairs: [Provider, Provider][] = [];
  providers.forEach((p, i) => providers.slice(i + 1).forEach((o) => pairs.push([p, o])));
  for (const [p, o] of pairs) variables.push({ name: v(cloudPairKey(p, o)), kind: "continuous", lower: 0, upper: 1 });

  add("validators", "count", ids.map((i) => [x(i), 1]), "=", n);
  // The smallest valid big-Ms: a region holds at most n - q validators when any region's loss must be survived,
  // a cloud at most n - q when a cloud's must (tight links make the LP bound count regions and clouds used).
  const regionMost = Math.max(1, Math.min(omit.has("per-region-cap") ? n : perRegionCap, input.tolerateRegions > 0 && !omit.has("tolerate-regions") ? n - q : n));
  const cloudMost = input.tolerateProvider && !omit.has("tolerate-provider") ? n - q : n;
  for (const i of ids) {
    const c = candidates[i]!;
    // A region is used exactly when it holds a validator: x_i <= M y_i and y_i <= x_i.
    add(`use_hi_${i}`, "structure", [[x(i), 1], [y(i), -regionMost]], "<=", 0);
    add(`use_lo_${i}`, "structure", [[y(i), 1], [x(i), -1]], "<=", 0);
    add(`cloud_${i}`, "structure", [[y(i), 1], [w(c.info.provider), -1]], "<=", 0);
    if (input.bootnodesPerCloud > 0) add(`boot_in_${i}`, "structure", [[b(i), 1], [y(i), -1]], "<=", 0);
    if (input.rpc > 0) add(`rpc_in_${i}`, "structure", [[r(i), 1], [y(i), -input.rpc]], "<=", 0);
    if (perRegionCap < n) add(`cap_${i}`, "per-region-cap", [[x(i), 1]], "<=", perRegionCap);
  }
  for (const i of pinnedRegions) {
    if (!active[i]) continue;
    const fixed = input.pinnedValidators?.get(i);
    if (fixed !== undefined) add(`pin_x_${i}`, "pinned", [[x(i), 1]], "=", fixed);
    else add(`pin_y_${i}`, "pinned", [[y(i), 1]], "=", 1);
  }
  for (const [a, c] of reduction.order) add(`order_${a}_${c}`, "structure", [[x(a), 1], [x(c), -1]], ">=", 0);
  for (const p of providers) {
    const members = ids.filter((i) => candidates[i]!.info.provider === p);
    // A cloud is used only when one of its regions is; it then has its bootnode.
    add(`cloud_used_${p}`, "structure", [[w(p), 1], ...members.map((i): [string, number] => [y(i), -1])], "<=", 0);
    add(`cloud_holds_${p}`, "structure", [...members.map((i): [string, number] => [x(i), 1]), [w(p), -Math.max(1, cloudMost)]], "<=", 0);
    if (input.bootnodesPerCloud > 0) add(`boot_${p}`, "structure", [...members.map((i): [string, number] => [b(i), 1]), [w(p), -1]], "=", 0);
    if (input.tolerateProvider) add(`lose_${p}`, "tolerate-provider", members.map((i) => [x(i), 1]), "<=", n - q);
  }
  for (const [p, o] of pairs) add(`join_${p}_${o}`, "structure", [[v(cloudPairKey(p, o)), 1], [w(p), -1], [w(o), -1]], ">=", -1);
  if (input.rpc > 0) add("rpc", "count", ids.map((i) => [r(i), 1]), "=", input.rpc);
  demand.forEach((_, p) => {
    // Each demand point has an RPC node within its round trip (RPC nodes sit in validator regions).
    const near = ids.filter((i) => covers[i]!.has(p));
    if (input.rpc > 0 && near.length > 0) add(`demand_${p}`, "demand", near.map((i) => [r(i), 1]), ">=", 1);
    // No candidate is near enough: a row no placement meets, so the solve says infeasible and names demand.
    else add(`demand_${p}`, "demand", [[x(ids[0]!), 1]], "<=", -1);
  });

  // Losing any k regions leaves at least q validators: the k largest x_i sum to at most n - q. For k = 1
  // that is x_i <= n - q; for k > 1 the LP dual of "sum of the k largest": k t + sum u_i <= n - q, u_i >= x_i - t.
  const k = input.tolerateRegions;
  if (k === 1) for (const i of ids) add(`lose_region_${i}`, "tolerate-regions", [[x(i), 1]], "<=", n - q);
  if (k > 1) {
    variables.push({ name: "t_k", kind: "continuous", lower: 0, upper: n });
    for (const i of ids) {
      variables.push({ name: `u_${i}`, kind: "continuous", lower: 0, upper: n });
      add(`k_largest_${i}`, "tolerate-regions", [[`u_${i}`, 1], [x(i), -1], ["t_k", 1]], ">=", 0);
    }
    add("lose_regions", "tolerate-regions", [["t_k", k], ...ids.map((i): [string, number] => [`u_${i}`, 1])], "<=", n - q);
  }

  // Only pairs over the cap get a row.
  for (const [i, j] of conflictPairs) if (active[i] && active[j]) add(`rtt_${i}_${j}`, "max-rtt", [[y(i), 1], [y(j), 1]], "<=", 1);

  const cost = new Map<string, number>();
  const carbon = new Map<string, number>();
  for (const i of ids) {
    const rc = costs.regions[i]!;
    const kc = input.carbon[i]!;
    cost.set(x(i), rc.validatorUsdMonth);
    cost.set(y(i), rc.regionUsdMonth);
    carbon.set(x(i), kc.validatorKgCo2eMonth);
    if (input.bootnodesPerCloud > 0) {
      cost.set(b(i), rc.bootnodeUsdMonth);
      carbon.set(b(i), kc.bootnodeKgCo2eMonth);
    }
    if (input.rpc > 0) {
      cost.set(r(i), rc.rpcUsdMonth);
      carbon.set(r(i), kc.rpcKgCo2eMonth);
    }
  }
  for (const p of providers) cost.set(w(p), costs.providerUsdMonth[p]);
  for (const [p, o] of pairs) cost.set(v(cloudPairKey(p, o)), costs.cloudPairUsdMonth.get(cloudPairKey(p, o)) ?? 0);
  if (input.budgetUsdMonth !== undefined) add("budget", "budget", [...cost], "<=", input.budgetUsdMonth);
  if (input.maxCarbonKgMonth !== undefined) add("carbon_cap", "objective", [...carbon], "<=", input.maxCarbonKgMonth);

  if (needZ) {
    // z >= rtt_ij (y_i + y_j - 1): z is at least every round trip between two used regions, and minimising
    // it makes it the largest.
    variables.push({ name: Z, kind: "continuous", lower: 0, upper: Infinity });
    for (const i of ids) for (const j of ids) {
      const d = input.rttMs[i * m + j]!;
      if (j > i && d > 0) add(`z_${i}_${j}`, "latency", [[Z, 1], [y(i), -d], [y(j), -d]], ">=", -d);
    }
  }
  const weighted = (weights: Omit<ObjectiveWeights, "regions">, perRegion = 0) => {
    const terms = new Map<string, number>();
    const put = (name: string, c: number) => terms.set(name, (terms.get(name) ?? 0) + c);
    if (weights.cost > 0) for (const [name, c] of cost) put(name, c * weights.cost);
    if (weights.carbon > 0) for (const [name, c] of carbon) put(name, c * weights.carbon);
    if (weights.latency > 0) put(Z, weights.latency);
    if (perRegion > 0) for (const i of ids) put(y(i), perRegion);
    return terms;
  };
  (input.objectiveCaps ?? []).forEach((cap, t) => add(`objective_cap_${t}`, "objective", [...weighted(cap)], "<=", cap.limit));
  const objective = weighted(input.weights, input.weights.regions ?? 0);
  return { variables, objective, constraints, cost, carbon, quorum: q, providers, active };
}

/** Every pair of candidates farther apart than capMs, i < j. */
export function pairsOver(rttMs: Float64Array, m: number, capMs: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) if (rttMs[i * m + j]! > capMs) out.push([i, j]);
  return out;
}

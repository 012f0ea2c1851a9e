// The placement model for one validator count n (quorum q is then a constant, so everything stays linear).
// Variables per candidate region i: x_i validators (integer), y_i region used (binary), b_i bootnode
// (binary), r_i RPC nodes (integer); per cloud p: w_p used (binary); per pair of clouds: v_pq joined;
// z the largest round trip between used regions; t, u_i for "the k largest x_i". docs/optimiser.md states it.

import { quorumSize } from "../consensus/quorum";
import { PROVIDERS, type Provider } from "../region-key";
import type { Consensus } from "../schema/enums";
import type { Candidate } from "./candidates";
import { cloudPairKey, type CostCoefficients } from "./coefficients";
import type { Constraint, ConstraintGroup, LinearModel, Sense, Variable } from "./lp-format";

export interface ModelInput {
  readonly candidates: readonly Candidate[];
  readonly costs: CostCoefficients;
  readonly rttMs: Float64Array;
  readonly consensus: Consensus;
  readonly validators: number;
  readonly tolerateRegions: number;
  readonly tolerateProvider: boolean;
  readonly maxValidatorsPerRegion?: number;
  readonly maxRttMs?: number;
  readonly budgetUsdMonth?: number;
  readonly bootnodesPerCloud: number;
  readonly rpc: number;
  /** Objective weights: per USD a month, per ms of the largest round trip. */
  readonly weights: { readonly cost: number; readonly latency: number };
}

export interface PlacementModel extends LinearModel {
  /** The model's cost of a solution, USD a month (what the budget row bounds). */
  readonly cost: ReadonlyMap<string, number>;
  readonly quorum: number;
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
  const variables: Variable[] = [];
  const constraints: Constraint[] = [];
  const add = (name: string, group: ConstraintGroup, terms: [string, number][], sense: Sense, rhs: number) =>
    constraints.push({ name, group, terms: new Map(terms), sense, rhs });
  const providers = PROVIDERS.filter((p) => candidates.some((c) => c.info.provider === p));
  const perRegionCap = Math.min(n, input.maxValidatorsPerRegion ?? n);

  candidates.forEach((_, i) => {
    // x_i's bound is n; the per-region cap is a row of its own so it can be relaxed when explaining.
    variables.push({ name: x(i), kind: "integer", lower: 0, upper: n }, { name: y(i), kind: "binary", lower: 0, upper: 1 });
    if (input.bootnodesPerCloud > 0) variables.push({ name: b(i), kind: "binary", lower: 0, upper: 1 });
    if (input.rpc > 0) variables.push({ name: r(i), kind: "integer", lower: 0, upper: input.rpc });
  });
  for (const p of providers) variables.push({ name: w(p), kind: "binary", lower: 0, upper: 1 });
  const pairs: [Provider, Provider][] = [];
  providers.forEach((p, i) => providers.slice(i + 1).forEach((o) => pairs.push([p, o])));
  for (const [p, o] of pairs) variables.push({ name: v(cloudPairKey(p, o)), kind: "continuous", lower: 0, upper: 1 });

  add("validators", "count", candidates.map((_, i) => [x(i), 1]), "=", n);
  candidates.forEach((c, i) => {
    // A region is used exactly when it holds a validator: x_i <= n y_i and y_i <= x_i.
    add(`use_hi_${i}`, "structure", [[x(i), 1], [y(i), -n]], "<=", 0);
    add(`use_lo_${i}`, "structure", [[y(i), 1], [x(i), -1]], "<=", 0);
    add(`cloud_${i}`, "structure", [[y(i), 1], [w(c.info.provider), -1]], "<=", 0);
    if (input.bootnodesPerCloud > 0) add(`boot_in_${i}`, "structure", [[b(i), 1], [y(i), -1]], "<=", 0);
    if (input.rpc > 0) add(`rpc_in_${i}`, "structure", [[r(i), 1], [y(i), -input.rpc]], "<=", 0);
    if (perRegionCap < n) add(`cap_${i}`, "per-region-cap", [[x(i), 1]], "<=", perRegionCap);
  });
  for (const p of providers) {
    const members = candidates.flatMap((c, i) => (c.info.provider === p ? [i] : []));
    // A cloud is used only when one of its regions is; it then has its bootnode.
    add(`cloud_used_${p}`, "structure", [[w(p), 1], ...members.map((i): [string, number] => [y(i), -1])], "<=", 0);
    if (input.bootnodesPerCloud > 0) add(`boot_${p}`, "structure", [...members.map((i): [string, number] => [b(i), 1]), [w(p), -1]], "=", 0);
    if (input.tolerateProvider) add(`lose_${p}`, "tolerate-provider", members.map((i) => [x(i), 1]), "<=", n - q);
  }
  for (const [p, o] of pairs) add(`join_${p}_${o}`, "structure", [[v(cloudPairKey(p, o)), 1], [w(p), -1], [w(o), -1]], ">=", -1);
  if (input.rpc > 0) add("rpc", "count", candidates.map((_, i) => [r(i), 1]), "=", input.rpc);

  // Losing any k regions leaves at least q validators: the k largest x_i sum to at most n - q. For k = 1
  // that is x_i <= n - q; for k > 1 the LP dual of "sum of the k largest": k t + sum u_i <= n - q, u_i >= x_i - t.
  const k = input.tolerateRegions;
  if (k === 1) candidates.forEach((_, i) => add(`lose_region_${i}`, "tolerate-regions", [[x(i), 1]], "<=", n - q));
  if (k > 1) {
    variables.push({ name: "t_k", kind: "continuous", lower: 0, upper: n });
    candidates.forEach((_, i) => {
      variables.push({ name: `u_${i}`, kind: "continuous", lower: 0, upper: n });
      add(`k_largest_${i}`, "tolerate-regions", [[`u_${i}`, 1], [x(i), -1], ["t_k", 1]], ">=", 0);
    });
    add("lose_regions", "tolerate-regions", [["t_k", k], ...candidates.map((_, i): [string, number] => [`u_${i}`, 1])], "<=", n - q);
  }

  const m = candidates.length;
  if (input.maxRttMs !== undefined) {
    for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) {
      if (input.rttMs[i * m + j]! > input.maxRttMs) add(`rtt_${i}_${j}`, "max-rtt", [[y(i), 1], [y(j), 1]], "<=", 1);
    }
  }

  const cost = new Map<string, number>();
  candidates.forEach((_, i) => {
    const rc = costs.regions[i]!;
    cost.set(x(i), rc.validatorUsdMonth);
    cost.set(y(i), rc.regionUsdMonth);
    if (input.bootnodesPerCloud > 0) cost.set(b(i), rc.bootnodeUsdMonth);
    if (input.rpc > 0) cost.set(r(i), rc.rpcUsdMonth);
  });
  for (const p of providers) cost.set(w(p), costs.providerUsdMonth[p]);
  for (const [p, o] of pairs) cost.set(v(cloudPairKey(p, o)), costs.cloudPairUsdMonth.get(cloudPairKey(p, o)) ?? 0);
  if (input.budgetUsdMonth !== undefined) add("budget", "budget", [...cost], "<=", input.budgetUsdMonth);

  const objective = new Map<string, number>();
  if (input.weights.cost > 0) for (const [name, c] of cost) objective.set(name, c * input.weights.cost);
  if (input.weights.latency > 0) {
    // z >= rtt_ij (y_i + y_j - 1): z is at least every round trip between two used regions, and minimising
    // it makes it the largest. Pairs no farther than the nearest pair could ever bind are left out.
    variables.push({ name: Z, kind: "continuous", lower: 0, upper: Infinity });
    objective.set(Z, input.weights.latency);
    for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) {
      const d = input.rttMs[i * m + j]!;
      if (d > 0) add(`z_${i}_${j}`, "latency", [[Z, 1], [y(i), -d], [y(j), -d]], ">=", -d);
    }
  }
  return { variables, objective, constraints, cost, quorum: q, providers };
}

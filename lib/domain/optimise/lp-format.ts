// A linear model as data, written in CPLEX LP format for the solver. Constraints carry the group they
// belong to, so an infeasible model can be re-solved without one group at a time to find the one at fault.

export type Sense = "<=" | ">=" | "=";

/** Coefficient per variable name. */
export type LinearTerms = ReadonlyMap<string, number>;

export interface Constraint {
  readonly name: string;
  readonly group: ConstraintGroup;
  readonly terms: LinearTerms;
  readonly sense: Sense;
  readonly rhs: number;
}

export const CONSTRAINT_GROUPS = ["count", "structure", "tolerate-regions", "tolerate-provider", "per-region-cap", "max-rtt", "budget", "pinned", "demand", "latency", "objective"] as const;
export type ConstraintGroup = (typeof CONSTRAINT_GROUPS)[number];

export interface Variable {
  readonly name: string;
  readonly kind: "continuous" | "integer" | "binary";
  readonly lower: number;
  readonly upper: number;
}

export interface LinearModel {
  readonly variables: readonly Variable[];
  readonly objective: LinearTerms;
  readonly constraints: readonly Constraint[];
}

/** Coefficients to 12 significant digits: prices, round trips and kg CO2e all keep their precision. */
function coefficient(value: number): string {
  const rounded = Number(value.toPrecision(12));
  return Object.is(rounded, -0) ? "0" : String(rounded);
}

function expression(terms: LinearTerms): string {
  const parts: string[] = [];
  for (const [name, c] of terms) {
    if (c === 0) continue;
    const text = coefficient(Math.abs(c));
    parts.push(`${c < 0 ? "-" : parts.length === 0 ? "" : "+"} ${text} ${name}`);
  }
  if (parts.length === 0) throw new Error("an objective or constraint without terms has no LP form");
  return parts.join(" ");
}

/** LP text whose column count equals model.variables.length (the adapter checks it). */
export function writeLp(model: LinearModel, omit: ReadonlySet<ConstraintGroup> = new Set()): string {
  const lines = ["Minimize", ` obj: ${expression(model.objective)}`, "Subject To"];
  for (const c of model.constraints) {
    if (omit.has(c.group)) continue;
    lines.push(` ${c.name}: ${expression(c.terms)} ${c.sense} ${coefficient(c.rhs)}`);
  }
  lines.push("Bounds");
  for (const v of model.variables) {
    if (v.kind === "binary") continue;
    const upper = Number.isFinite(v.upper) ? coefficient(v.upper) : "+inf";
    lines.push(` ${coefficient(v.lower)} <= ${v.name} <= ${upper}`);
  }
  const ints = model.variables.filter((v) => v.kind === "integer").map((v) => v.name);
  const bins = model.variables.filter((v) => v.kind === "binary").map((v) => v.name);
  if (ints.length > 0) lines.push("Generals", ...chunk(ints));
  if (bins.length > 0) lines.push("Binaries", ...chunk(bins));
  lines.push("End", "");
  return lines.join("\n");
}

/** LP files keep lines short: 20 names a line. */
function chunk(names: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < names.length; i += 20) out.push(` ${names.slice(i, i + 20).join(" ")}`);
  return out;
}

/** The objective's value at a point (missing variables are 0). */
export function evaluate(terms: LinearTerms, values: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const [name, c] of terms) sum += c * (values.get(name) ?? 0);
  return sum;
}

import { analyzeFailureDomains, type FailureDomainAnalysis, type FailureDomainKind } from "../consensus";
import { priceTopology } from "../cost";
import { validate, type Finding, type FindingTarget, type Severity, type ValidationOptions } from "../rules";
import type { Provider, TopologyDocument } from "../schema";
import { PROVIDERS } from "../schema/enums";
import { compareAvailability, computeAvailability, PRODUCT_AVAILABILITY_TRIALS, type AvailabilityOptions, type AvailabilityResult, type ProbabilityInterval } from "../simulation/availability";

const cents = (usd: number) => Math.round(usd * 100) / 100;

export interface CostDelta {
  beforeMonthlyUsd: number;
  afterMonthlyUsd: number;
  deltaMonthlyUsd: number;
  byProvider: Record<Provider, { beforeMonthlyUsd: number; afterMonthlyUsd: number; deltaMonthlyUsd: number }>;
}

/** The change in the estimated monthly bill (list prices, lib/domain/cost). */
export function costDelta(before: TopologyDocument, after: TopologyDocument): CostDelta {
  const a = priceTopology(before);
  const b = priceTopology(after);
  const byProvider = Object.fromEntries(
    PROVIDERS.map((p) => [p, { beforeMonthlyUsd: cents(a.byProvider[p]), afterMonthlyUsd: cents(b.byProvider[p]), deltaMonthlyUsd: cents(b.byProvider[p] - a.byProvider[p]) }]),
  ) as CostDelta["byProvider"];
  return {
    beforeMonthlyUsd: cents(a.totalMonthlyUsd),
    afterMonthlyUsd: cents(b.totalMonthlyUsd),
    deltaMonthlyUsd: cents(b.totalMonthlyUsd - a.totalMonthlyUsd),
    byProvider,
  };
}

/** Whether the chain survives losing one failure domain, before and after; null where it did not exist. */
export interface DomainDelta {
  kind: FailureDomainKind;
  id: string;
  label: string;
  survivesBefore: boolean | null;
  survivesAfter: boolean | null;
  changed: boolean;
}

export interface ToleranceSide {
  validators: number;
  quorum: number;
  tolerance: number;
  survivesWithNothingFailed: boolean;
  summary: string;
}

export interface ToleranceDelta {
  before: ToleranceSide;
  after: ToleranceSide;
  domains: DomainDelta[];
  /** Domains the chain survived before and no longer does. */
  lost: DomainDelta[];
  /** Domains the chain survives now and did not before. */
  gained: DomainDelta[];
}

/** The change in failure tolerance, domain by domain (analyzeFailureDomains on each side). */
export function toleranceDelta(before: TopologyDocument, after: TopologyDocument): ToleranceDelta {
  const a = analyzeFailureDomains(before);
  const b = analyzeFailureDomains(after);
  const key = (d: { kind: string; id: string }) => `${d.kind}:${d.id}`;
  const was = new Map(a.domains.map((d) => [key(d), d]));
  const now = new Map(b.domains.map((d) => [key(d), d]));
  const domains = [...new Set([...was.keys(), ...now.keys()])].map((k): DomainDelta => {
    const d = (now.get(k) ?? was.get(k))!;
    const survivesBefore = was.get(k)?.survives ?? null;
    const survivesAfter = now.get(k)?.survives ?? null;
    return { kind: d.kind, id: d.id, label: d.label, survivesBefore, survivesAfter, changed: survivesBefore !== survivesAfter };
  });
  return {
    before: side(a),
    after: side(b),
    domains,
    lost: domains.filter((d) => d.survivesBefore === true && d.survivesAfter !== true),
    gained: domains.filter((d) => d.survivesAfter === true && d.survivesBefore !== true),
  };
}

function side(f: FailureDomainAnalysis): ToleranceSide {
  return { validators: f.validators, quorum: f.quorum, tolerance: f.tolerance, survivesWithNothingFailed: f.baseline.survives, summary: f.summary };
}

/** Trials per side when a design is too big to enumerate: the same as every other view of a design (same seed on both sides). */
export const COMPARISON_AVAILABILITY_TRIALS = PRODUCT_AVAILABILITY_TRIALS;

/** One side's availability as computed, with the sampling that produced it when it was sampled. */
export interface AvailabilitySide {
  method: AvailabilityResult["method"];
  probability: number;
  downtimeMinutesPerYear: number;
  /** Monte Carlo only: 95% interval of `probability`. */
  confidence95?: ProbabilityInterval;
  /** Monte Carlo only: the same interval in minutes a year. */
  downtimeMinutesPerYearConfidence95?: ProbabilityInterval;
  trials?: number;
  seed?: number;
}

export interface AvailabilityDelta {
  before: AvailabilitySide;
  after: AvailabilitySide;
  /** After minus before: negative when the change removes downtime. */
  changeMinutesPerYear: number;
  /** "v7 -> v8: expected downtime 52 -> 4 minutes a year". */
  sentence: string;
  /** A side was sampled and the two 95% intervals overlap: the difference may be sampling noise. */
  withinSamplingError: boolean;
}

/** The change in the chance the chain can produce blocks and in expected downtime (computeAvailability on each side). */
export function availabilityDelta(
  before: TopologyDocument,
  after: TopologyDocument,
  labels: { before?: string; after?: string } = {},
  options: Pick<AvailabilityOptions, "trials" | "seed" | "maxExactEvents"> = {},
): AvailabilityDelta {
  const run = { trials: COMPARISON_AVAILABILITY_TRIALS, ...options };
  const a = availabilitySide(computeAvailability(before, run));
  const b = availabilitySide(computeAvailability(after, run));
  const { changeMinutesPerYear, sentence } = compareAvailability(a, b, labels);
  return { before: a, after: b, changeMinutesPerYear, sentence, withinSamplingError: overlapWhenSampled(a, b) };
}

function availabilitySide(r: AvailabilityResult): AvailabilitySide {
  const side: AvailabilitySide = { method: r.method, probability: r.probability, downtimeMinutesPerYear: r.downtimeMinutesPerYear };
  if (r.confidence95) side.confidence95 = r.confidence95;
  if (r.downtimeMinutesPerYearConfidence95) side.downtimeMinutesPerYearConfidence95 = r.downtimeMinutesPerYearConfidence95;
  if (r.trials !== undefined) side.trials = r.trials;
  if (r.seed !== undefined) side.seed = r.seed;
  return side;
}

/** An exact side is its own interval (a point). */
function overlapWhenSampled(a: AvailabilitySide, b: AvailabilitySide): boolean {
  if (a.method === "exact" && b.method === "exact") return false;
  const range = (s: AvailabilitySide) => s.confidence95 ?? { low: s.probability, high: s.probability };
  const x = range(a);
  const y = range(b);
  return x.low <= y.high && y.low <= x.high;
}

export interface FindingRef {
  code: string;
  severity: Severity;
  message: string;
  target: FindingTarget;
}

export interface FindingsDelta {
  /** Findings of `after` that `before` did not have (same code on the same target). */
  introduced: FindingRef[];
  /** Findings of `before` that `after` no longer has. */
  resolved: FindingRef[];
  /** How many findings both sides share. */
  unchanged: number;
  before: { errors: number; warnings: number; infos: number };
  after: { errors: number; warnings: number; infos: number };
}

/** New and resolved rule findings, matched by code and target (messages may word numbers differently). */
export function findingsDelta(before: TopologyDocument, after: TopologyDocument, options: ValidationOptions = {}): FindingsDelta {
  const a = validate(before, options);
  const b = validate(after, options);
  const keyOf = (f: Finding) => `${f.code}@${targetKey(f.target)}`;
  const had = new Set(a.findings.map(keyOf));
  const has = new Set(b.findings.map(keyOf));
  const ref = (f: Finding): FindingRef => ({ code: f.code, severity: f.severity, message: f.message, target: f.target });
  const counts = (s: { errors: number; warnings: number; infos: number }) => ({ errors: s.errors, warnings: s.warnings, infos: s.infos });
  return {
    introduced: unique(b.findings.filter((f) => !had.has(keyOf(f))), keyOf).map(ref),
    resolved: unique(a.findings.filter((f) => !has.has(keyOf(f))), keyOf).map(ref),
    unchanged: [...has].filter((k) => had.has(k)).length,
    before: counts(a.summary),
    after: counts(b.summary),
  };
}

export function targetKey(target: FindingTarget): string {
  if (target.kind === "document") return "document";
  if (target.kind === "network") return `network${target.field ? `.${target.field}` : ""}`;
  return `${target.kind}:${target.id}`;
}

function unique<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && Boolean(seen.add(key(item))));
}

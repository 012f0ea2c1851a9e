import type { Patch } from "immer";
import type { RegionInfo } from "../catalog";
import { type RegionRef } from "../region-key";
import type { FailureDomainAnalysis } from "../consensus";
import type { ConnectivityModel } from "../net/connectivity";
import type { NodeGroup, NodeRole, TopologyDocument } from "../schema";
import type { OrgPolicy } from "./policy-schema";

export type Severity = "error" | "warning" | "info";
export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Packs group rules; `core`, `support`, `consensus`, `network`, `latency` and `cost` always run, the rest on request. */
export const RULE_PACKS = [
  "core", "support", "consensus", "network", "latency", "cost", "gdpr", "hipaa", "soc2", "policy",
] as const;
export type RulePack = (typeof RULE_PACKS)[number];

/** The element a finding is about, so the UI can badge and select it. */
export type FindingTarget =
  | { kind: "document" }
  | { kind: "network"; field?: string }
  | { kind: "region"; id: string }
  | { kind: "nodeGroup"; id: string }
  | { kind: "link"; id: string };

/** A fix is a change to the document, expressed as immer patches (applied with `applyPatches`). */
export interface Fix {
  label: string;
  patches: Patch[];
}

export interface Finding {
  /** Stable dotted code, e.g. `consensus.region-outage.halts`. Public API: CI pipelines match on it. */
  code: string;
  severity: Severity;
  pack: RulePack;
  message: string;
  target: FindingTarget;
  fix?: Fix;
}

/** An organisation's own rules for its designs (the `policy` pack); the type comes from `OrgPolicySchema`. */
export type { OrgPolicy } from "./policy-schema";

export interface ValidationOptions {
  /** Optional packs to run in addition to those the document enables. */
  packs?: RulePack[];
  policy?: OrgPolicy;
  /** Replace the catalog, latency or cost model (tests, what-if tools); defaults are the bundled ones. */
  services?: Partial<RuleServices>;
  /** Told of every rule check as it runs (tests and profiling count them); never changes the result. */
  trace?: (check: RuleCheck) => void;
}

/** One run of a rule: over the whole document, or over one element of an element-scoped rule. */
export interface RuleCheck {
  code: string;
  element?: { kind: ElementKind; index: number };
}

/** A round trip between two regions, and whether it comes from a measurement or the estimator. */
export interface RoundTrip {
  rttMs: number;
  source: "measured" | "estimated";
}

/** The slice of a cost estimate the rules read (the cost module returns more). */
export interface CostEstimateSummary {
  totalMonthlyUsd: number;
  byProvider?: Partial<Record<string, number>>;
}

/** Reference data and models the rules consult. Pure functions; injectable so packs test in isolation. */
export interface RuleServices {
  getRegion(provider: RegionRef["provider"], id: string): RegionInfo | undefined;
  /** Throws for regions it does not know. */
  rtt(a: RegionRef, b: RegionRef): RoundTrip;
  /**
   * Undefined when no cost model is available. It may read the network settings, regions, node groups and
   * links only: the estimate is reused while those are the same objects.
   */
  priceTopology: ((doc: TopologyDocument) => CostEstimateSummary) | undefined;
  /**
   * Whether the cost model's price list has this VM size for the provider, and a listed replacement when
   * the name is recognisably another provider's size. Undefined when no price list is available.
   */
  resolveVmSize: ((provider: RegionRef["provider"], vmSize: string) => { listed: boolean; suggestion?: string }) | undefined;
}

export interface ValidationSummary {
  errors: number;
  warnings: number;
  infos: number;
  /** Packs that ran, in order. */
  packs: RulePack[];
  /** The failure-domain verdict in plain words. */
  failureDomains: string;
}

export interface ValidationResult {
  /** No error findings. */
  valid: boolean;
  findings: Finding[];
  summary: ValidationSummary;
  failureDomains: FailureDomainAnalysis;
}

export interface Rule {
  code: string;
  pack: RulePack;
  /** The severity it reports (some rules escalate, e.g. under an org policy: see the description). */
  severity: Severity;
  /** One sentence for docs and the problems panel's "about this rule". */
  description: string;
  /**
   * For rules that check a setting of the organisation's policy: whether the policy sets it. When it does not,
   * the rule does not run (defineRule enforces this) and reports say "not configured", never "pass".
   */
  checkedWhen?: (policy: OrgPolicy | undefined) => boolean;
  /** What "not configured" means for this rule, in a sentence: which setting would turn it on. */
  notConfigured?: string;
  /**
   * Document-wide values the rule reads (parts of the document, or lookups of the context), compared by
   * reference: while every one is the same object as in the previous validation, an incremental validation
   * reuses the rule's findings (for an element-scoped rule: for every element that did not change).
   */
  inputs?: (doc: TopologyDocument, ctx: RuleContext) => readonly unknown[];
  /** Set when the rule checks one element at a time; absent, it reads the whole document and re-runs on every validation. */
  scope?: ElementScope;
  check(doc: TopologyDocument, ctx: RuleContext): Finding[];
}

export type ElementKind = "region" | "nodeGroup" | "link";

/**
 * A rule whose findings about one element depend only on that element, its position, the region it is in
 * (a node group's) or the regions it joins (a link's), the node groups in it (a region's), and the rule's
 * `inputs`: after an edit only the elements it touched are checked again.
 */
export interface ElementScope {
  kind: ElementKind;
  /** The findings about the element at `index` of its list (`doc.regions`, `doc.nodeGroups` or `doc.links`). */
  checkElement(doc: TopologyDocument, ctx: RuleContext, index: number): readonly Finding[];
}

/** Shared, precomputed lookups so each rule stays a small function and the engine stays fast. */
export interface RuleContext {
  policy?: OrgPolicy;
  services: RuleServices;
  regionsById: ReadonlyMap<string, TopologyDocument["regions"][number]>;
  /** Index of each region in `doc.regions`, for patch paths. */
  regionIndex: ReadonlyMap<string, number>;
  groupsByRegion: ReadonlyMap<string, readonly NodeGroup[]>;
  /** Index of each node group in `doc.nodeGroups`, for patch paths. */
  groupIndex: ReadonlyMap<string, number>;
  /** Indexes in `doc.nodeGroups` of the groups of each role, in document order (absent: none). */
  groupsByRole: ReadonlyMap<NodeRole, readonly number[]>;
  /** Catalog entry per document region id; absent for regions the catalog doesn't know. */
  regionInfo: ReadonlyMap<string, RegionInfo>;
  /** Validators per document region id (only regions that have some). */
  validatorsByRegion: ReadonlyMap<string, number>;
  /** Validators per region by index in `doc.regions` (what `validatorsPerRegion(doc)` counts). */
  validatorsPerRegion: readonly number[];
  validatorCount: number;
  connectivity: ConnectivityModel;
  failureDomains: FailureDomainAnalysis;
  /** Round trip between two document regions, cached per pair; undefined when either region is unknown. */
  rttBetween(regionIdA: string, regionIdB: string): RoundTrip | undefined;
  /** The cost estimate, computed at most once per validation; undefined without a cost model. */
  cost(): CostEstimateSummary | undefined;
  /** Every id the document uses, as a new set a fix may claim fresh ids into (see `freshId`); O(1) to make. */
  takenIds(): Set<string>;
  /**
   * `compute()`, remembered under `key` and reused (here and by later validations of edits of this document)
   * while every input is the same object or value. Inputs must cover everything `compute` reads.
   */
  memo<T>(key: string, inputs: readonly unknown[], compute: () => T): T;
}

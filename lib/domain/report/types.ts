import type { FailureDomainKind } from "../consensus";
import type { OrgPolicy, RulePack, Severity } from "../rules";
import type { TopologyDocument } from "../schema";
import type { FailureEvent, MostLikelyOutage, ProbabilityInterval } from "../simulation/availability";

export interface ReportPerson {
  id: string;
  name: string | null;
  email: string | null;
}

/** An audit event as the report shows it (from the organisation's hash-chained log). */
export interface ReportAuditEvent {
  seq: number;
  occurredAt: string;
  actorEmail: string | null;
  action: string;
  targetType: string;
  targetId: string;
  data: unknown;
  hash: string;
}

export interface ReportChainVerification {
  ok: boolean;
  checked: number;
  headSeq: number;
  firstBroken?: { seq: number; reason: string };
  /** The newest signed checkpoint verified against the chain, and how many events came after it. */
  anchor?: { seq: number; at: string; unanchored: number };
}

/** Everything the server gathers for a version's compliance report; the builder adds the analysis. */
export interface ComplianceReportInput {
  topology: { id: string; name: string; production: boolean };
  version: { number: number; digest: string; message: string; author: ReportPerson; createdAt: string };
  document: TopologyDocument;
  /** The organisation's policy, as the rule engine reads it. */
  policy?: OrgPolicy;
  approvals: { required: number; received: { reviewer: ReportPerson; approvedAt: string }[] };
  auditTrail: ReportAuditEvent[];
  chain: ReportChainVerification;
  generatedAt: string;
}

/** "not-configured": the rule checks an organisation policy setting that no policy sets, so it did not run. */
export type RuleStatus = "pass" | "fail" | "not-configured";

export interface RuleResult {
  code: string;
  description: string;
  severity: Severity;
  /** Fail when the rule reports an error or a warning; informational findings alone pass; not-configured when it did not run. */
  status: RuleStatus;
  /** The findings' messages: why it failed, or what it noted. */
  evidence: string[];
}

export interface PackResult {
  pack: RulePack;
  passed: number;
  failed: number;
  notConfigured: number;
  rules: RuleResult[];
}

export interface FailureDomainRow {
  kind: FailureDomainKind;
  label: string;
  validatorsLost: number;
  validatorsLeft: number;
  quorum: number;
  survives: boolean;
  reason: string;
}

/** The sampling behind a Monte Carlo figure: enough to repeat the run and to judge its precision. */
export interface AvailabilitySampling {
  trials: number;
  seed: number;
  /** 95% Wilson interval of the probability. */
  probabilityConfidence95: ProbabilityInterval;
  /** The same interval in minutes a year without block production. */
  downtimeMinutesPerYearConfidence95: ProbabilityInterval;
}

/** The availability model's answer for the version, as input to SOC 2 availability evidence. */
export interface ReportAvailability {
  method: "exact" | "monte-carlo";
  /** Chance the chain can produce blocks at a random moment. */
  probability: number;
  /** Expected minutes a year without block production. */
  downtimeMinutesPerYear: number;
  /** Monte Carlo only. */
  sampling?: AvailabilitySampling;
  validators: number;
  quorum: number;
  /** The independent failures modelled, each with its availability and the SLA or assumption it rests on. */
  events: FailureEvent[];
  /** The model's printable account of itself: rule, figures and sources, method, what it leaves out. */
  assumptions: string[];
  mostLikelyOutage?: MostLikelyOutage;
  /** The SOC 2 pack's single-region rule this figure complements, when the pack was evaluated. */
  regionFailureRule?: { code: string; status: RuleStatus };
}

export interface ComplianceReport {
  title: string;
  generatedAt: string;
  topology: ComplianceReportInput["topology"];
  version: ComplianceReportInput["version"];
  summary: { rulesPassed: number; rulesFailed: number; rulesNotConfigured: number; errors: number; warnings: number; infos: number; compliancePacks: string[] };
  packs: PackResult[];
  failureDomains: { summary: string; validators: number; quorum: number; tolerance: number; rows: FailureDomainRow[] };
  availability: ReportAvailability;
  cost: {
    totalMonthlyUsd: number;
    budgetMonthlyUsd: number | null;
    byProvider: { provider: string; monthlyUsd: number }[];
    byRegion: { regionId: string; monthlyUsd: number }[];
    pricesAsOf: string;
  };
  approvals: {
    production: boolean;
    required: number;
    received: { reviewer: ReportPerson; approvedAt: string }[];
    /** Not production, or enough approvals on this exact version. */
    satisfied: boolean;
  };
  /** How the version came to be: the topology's audit events up to it, and the reviews of it. */
  auditTrail: (ReportAuditEvent & { summary: string })[];
  auditChain: ReportChainVerification;
}

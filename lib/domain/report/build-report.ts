import { analyzeFailureDomains } from "../consensus";
import { priceTopology } from "../cost";
import { enabledPacks, RULES, validate, type Finding, type OrgPolicy } from "../rules";
import { PROVIDERS } from "../schema";
import { reportAvailability } from "./availability-section";
import type { ComplianceReport, ComplianceReportInput, PackResult, ReportAuditEvent, RuleResult } from "./types";

const cents = (usd: number) => Math.round(usd * 100) / 100;

/** A version's compliance report: every rule of every enabled pack, resilience, availability, cost, approvals and provenance. Pure. */
export function buildComplianceReport(input: ComplianceReportInput): ComplianceReport {
  const { document } = input;
  const options = input.policy ? { policy: input.policy } : {};
  const validation = validate(document, options);
  const packs = enabledPacks(document, options).map((pack) => packResult(pack, validation.findings, input.policy));
  const failureDomains = analyzeFailureDomains(document);
  const cost = priceTopology(document);
  const count = (status: RuleResult["status"]) => packs.reduce((n, p) => n + p.rules.filter((r) => r.status === status).length, 0);
  return {
    title: `Compliance report: ${input.topology.name}, version ${input.version.number}`,
    generatedAt: input.generatedAt,
    topology: input.topology,
    version: input.version,
    summary: {
      rulesPassed: count("pass"),
      rulesFailed: count("fail"),
      rulesNotConfigured: count("not-configured"),
      errors: validation.summary.errors,
      warnings: validation.summary.warnings,
      infos: validation.summary.infos,
      compliancePacks: [...document.compliance.packs],
    },
    packs,
    failureDomains: {
      summary: failureDomains.summary,
      validators: failureDomains.validators,
      quorum: failureDomains.quorum,
      tolerance: failureDomains.tolerance,
      rows: failureDomains.domains.map((d) => ({
        kind: d.kind, label: d.label, validatorsLost: d.validatorsLost, validatorsLeft: d.validatorsLeft, quorum: d.quorum, survives: d.survives, reason: d.reason,
      })),
    },
    availability: reportAvailability(document, packs),
    cost: {
      totalMonthlyUsd: cents(cost.totalMonthlyUsd),
      budgetMonthlyUsd: document.budgetMonthlyUsd ?? null,
      byProvider: PROVIDERS.filter((p) => cost.byProvider[p] > 0).map((p) => ({ provider: p, monthlyUsd: cents(cost.byProvider[p]) })),
      byRegion: Object.entries(cost.byRegion).map(([regionId, usd]) => ({ regionId, monthlyUsd: cents(usd) })),
      pricesAsOf: cost.pricesAsOf,
    },
    approvals: {
      production: input.topology.production,
      required: input.approvals.required,
      received: input.approvals.received,
      satisfied: !input.topology.production || input.approvals.received.length >= input.approvals.required,
    },
    auditTrail: [...input.auditTrail].sort((a, b) => a.seq - b.seq).map((e) => ({ ...e, summary: summarise(e) })),
    auditChain: input.chain,
  };
}

function packResult(pack: PackResult["pack"], findings: readonly Finding[], policy: OrgPolicy | undefined): PackResult {
  const rules = RULES.filter((r) => r.pack === pack).map((rule): RuleResult => {
    if (rule.checkedWhen && !rule.checkedWhen(policy)) {
      return { code: rule.code, description: rule.description, severity: rule.severity, status: "not-configured", evidence: [rule.notConfigured ?? "Not checked: no organisation policy sets what this rule checks."] };
    }
    const own = findings.filter((f) => f.code === rule.code || (f.code === "engine.rule-failed" && f.message.startsWith(`Rule ${rule.code} failed`)));
    return {
      code: rule.code,
      description: rule.description,
      severity: rule.severity,
      status: own.some((f) => f.severity !== "info") ? "fail" : "pass",
      evidence: own.map((f) => f.message),
    };
  });
  const counted = (status: RuleResult["status"]) => rules.filter((r) => r.status === status).length;
  return { pack, passed: counted("pass"), failed: counted("fail"), notConfigured: counted("not-configured"), rules };
}

/** One line per event: what happened to the design, in words. */
function summarise(e: ReportAuditEvent): string {
  const d = (e.data ?? {}) as Record<string, unknown>;
  const v = typeof d.version === "number" ? `version ${d.version}` : "";
  switch (e.action) {
    case "topology.create": return `Created (${v || "version 1"})`;
    case "topology.save": return `Saved ${v}${typeof d.message === "string" && d.message ? `: ${d.message}` : ""}`;
    case "review.request": return `Review of ${v} requested`;
    case "review.decide": return `${d.decision === "approve" ? "Approved" : "Changes requested on"} ${v}`;
    case "review.comment": return `Comment on ${v}`;
    case "review.update": return `Review moved to ${v}`;
    case "topology.export": return `Exported ${v}`;
    case "topology.production": return "Production flag changed";
    default: return e.action;
  }
}

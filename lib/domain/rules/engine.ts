// The rule engine: one context, then every rule of every enabled pack. Rules are pure; the engine adds
// ordering (errors first) and a summary. `revalidate` (incremental.ts) does the same for an edit, reusing
// what the edit left alone.

import type { FailureDomainAnalysis } from "../consensus";
import type { TopologyDocument } from "../schema";
import { BOOTNODE_RULES } from "./bootnodes";
import { buildRuleContext } from "./context";
import { CONSENSUS_RULES } from "./consensus";
import { CORE_RULES } from "./core";
import { COST_RULES } from "./cost";
import { GDPR_RULES } from "./gdpr";
import { HIPAA_RULES } from "./hipaa";
import { LATENCY_RULES } from "./latency";
import { NETWORK_RULES } from "./network";
import { POLICY_RULES } from "./policy";
import { runRules, type RuleState } from "./run-rules";
import { SOC2_RULES } from "./soc2";
import { SUPPORT_RULES } from "./support";
import { RULE_PACKS, type Finding, type Rule, type RulePack, type ValidationOptions, type ValidationResult } from "./types";

/** Every rule, in the order they run (and are documented). */
export const RULES: readonly Rule[] = Object.freeze([
  ...CORE_RULES, ...SUPPORT_RULES, ...CONSENSUS_RULES, ...BOOTNODE_RULES, ...NETWORK_RULES, ...LATENCY_RULES, ...COST_RULES,
  ...GDPR_RULES, ...HIPAA_RULES, ...SOC2_RULES, ...POLICY_RULES,
]);

export const ALWAYS_ON_PACKS: readonly RulePack[] = ["core", "support", "consensus", "network", "latency", "cost"];

/** Always-on packs, plus the compliance packs the document or caller enables, plus policy when given. */
export function enabledPacks(doc: TopologyDocument, options: ValidationOptions = {}): RulePack[] {
  const on = new Set<RulePack>([...ALWAYS_ON_PACKS, ...doc.compliance.packs, ...(options.packs ?? [])]);
  if (options.policy) on.add("policy");
  return RULE_PACKS.filter((p) => on.has(p));
}

/** The rules of the enabled packs, in rule order. */
export function enabledRules(packs: readonly RulePack[]): Rule[] {
  return RULES.filter((rule) => packs.includes(rule.pack));
}

/** The result from each rule's findings, in rule order: errors first, then warnings, then infos, each in rule order. */
export function resultOf(states: ReadonlyMap<Rule, RuleState>, packs: RulePack[], failureDomains: FailureDomainAnalysis): ValidationResult {
  const bySeverity: Record<Finding["severity"], Finding[]> = { error: [], warning: [], info: [] };
  for (const { findings } of states.values()) for (const f of findings) bySeverity[f.severity].push(f);
  const { error, warning, info } = bySeverity;
  return {
    valid: error.length === 0,
    findings: [...error, ...warning, ...info],
    summary: { errors: error.length, warnings: warning.length, infos: info.length, packs, failureDomains: failureDomains.summary },
    failureDomains,
  };
}

export function validate(doc: TopologyDocument, options: ValidationOptions = {}): ValidationResult {
  const packs = enabledPacks(doc, options);
  const ctx = buildRuleContext(doc, options);
  return resultOf(runRules(doc, ctx, enabledRules(packs), options.trace), packs, ctx.failureDomains);
}

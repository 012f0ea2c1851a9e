// The rule engine: one context, then every rule of every enabled pack. Rules are pure; the engine adds
// ordering (errors first) and a summary.

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
import { SOC2_RULES } from "./soc2";
import { SUPPORT_RULES } from "./support";
import { RULE_PACKS, SEVERITY_RANK, type Finding, type Rule, type RulePack, type ValidationOptions, type ValidationResult } from "./types";

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

export function validate(doc: TopologyDocument, options: ValidationOptions = {}): ValidationResult {
  const packs = enabledPacks(doc, options);
  const ctx = buildRuleContext(doc, options);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (!packs.includes(rule.pack)) continue;
    try {
      findings.push(...rule.check(doc, ctx));
    } catch (error) {
      // A bug in one rule must not hide the others' findings (this runs on every keystroke in the editor).
      findings.push({
        code: "engine.rule-failed", severity: "error", pack: rule.pack, target: { kind: "document" },
        message: `Rule ${rule.code} failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  // Stable sort: errors first, rule order within a severity.
  findings.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  const count = (s: Finding["severity"]) => findings.filter((f) => f.severity === s).length;
  const errors = count("error");
  return {
    valid: errors === 0,
    findings,
    summary: { errors, warnings: count("warning"), infos: count("info"), packs, failureDomains: ctx.failureDomains.summary },
    failureDomains: ctx.failureDomains,
  };
}

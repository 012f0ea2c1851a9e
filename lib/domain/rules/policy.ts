// Policy pack: an organisation's own rules (OrgPolicy), passed in by the caller, never stored in the document.

import { PROVIDER_LABELS } from "../schema";
import { costBreakdown } from "./cost";
import { defineRule } from "./define-rule";
import { formatUsd, listNames, regionName } from "./labels";

export const policyProvider = defineRule(
  {
    code: "policy.provider.not-allowed", pack: "policy", severity: "error",
    description: "Every region must be on a provider the organisation allows.",
  },
  (doc, ctx, emit) => {
    const allowed = ctx.policy?.allowedProviders;
    if (!allowed) return;
    for (const r of doc.regions) {
      if (allowed.includes(r.provider)) continue;
      emit({
        target: { kind: "region", id: r.id },
        message: `Region ${regionName(r)} is on ${PROVIDER_LABELS[r.provider]}; your organisation allows ${allowed.length ? listNames(allowed.map((p) => PROVIDER_LABELS[p])) : "no providers"}.`,
      });
    }
  },
);

export const policyRegion = defineRule(
  {
    code: "policy.region.not-allowed", pack: "policy", severity: "error",
    description: "Every region must be on the organisation's list of allowed regions (provider:region).",
  },
  (doc, ctx, emit) => {
    const allowed = ctx.policy?.allowedRegions;
    if (!allowed) return;
    const set = new Set(allowed.map((k) => k.trim().toLowerCase()));
    for (const r of doc.regions) {
      const key = `${r.provider}:${r.region}`;
      if (set.has(key.toLowerCase())) continue;
      emit({
        target: { kind: "region", id: r.id },
        message: `Region ${regionName(r)} (${key}) is not on your organisation's list of allowed regions (${listNames(allowed, 6)}).`,
      });
    }
  },
);

export const policyBudget = defineRule(
  {
    code: "policy.budget.exceeded", pack: "policy", severity: "error",
    description: "The estimated monthly cost must stay within the organisation's budget ceiling.",
  },
  (_doc, ctx, emit) => {
    const ceiling = ctx.policy?.budgetMonthlyUsd;
    if (ceiling === undefined) return;
    const estimate = ctx.cost();
    if (!estimate || estimate.totalMonthlyUsd <= ceiling) return;
    emit({
      target: { kind: "document" },
      message: `Estimated cost ${formatUsd(estimate.totalMonthlyUsd)}${costBreakdown(estimate)} exceeds your organisation's ceiling of ${formatUsd(ceiling)}.`,
    });
  },
);

export const policyTags = defineRule(
  {
    code: "policy.tags.missing", pack: "policy", severity: "error",
    description: "The document must carry every tag the organisation requires, with a value.",
  },
  (doc, ctx, emit) => {
    const missing = (ctx.policy?.requiredTags ?? []).filter((t) => !doc.tags[t]?.trim());
    if (missing.length === 0) return;
    emit({
      target: { kind: "document" },
      message: `Missing required tag${missing.length === 1 ? "" : "s"}: ${missing.join(", ")}. Your organisation requires ${missing.length === 1 ? "it" : "them"} on every design.`,
    });
  },
);

export const policyTolerance = defineRule(
  {
    code: "policy.tolerance.not-met", pack: "policy", severity: "error",
    description: "The design must survive the failure the organisation requires: any single region, or any whole provider.",
  },
  (_doc, ctx, emit) => {
    const required = ctx.policy?.requiredTolerance;
    if (!required || required === "none") return;
    const fd = ctx.failureDomains;
    const kinds = required === "provider" ? ["region", "provider"] : ["region"];
    const halting = fd.domains.filter((d) => kinds.includes(d.kind) && !d.survives);
    if (fd.baseline.survives && halting.length === 0) return;
    const [first, ...others] = halting;
    const detail = !fd.baseline.survives || !first
      ? fd.summary
      : others.length === 0
        ? `losing ${first.label} halts the chain: ${first.reason}`
        : `losing any of ${listNames(halting.map((d) => d.label))} halts the chain; losing ${first.label}: ${first.reason}`;
    emit({
      target: { kind: "document" },
      message: `Your organisation requires surviving the loss of any one ${required}, and this design doesn't: ${detail}`,
    });
  },
);

export const POLICY_RULES = [policyProvider, policyRegion, policyBudget, policyTags, policyTolerance];

// Policy pack: an organisation's own rules (OrgPolicy), passed in by the caller, never stored in the document.

import type { Patch } from "immer";
import { listRegions, type RegionInfo } from "../catalog";
import { PROVIDERS, readRegionRef, regionKey, regionKeyOf, type RegionRef } from "../region-key";
import { PROVIDER_LABELS, type TopologyDocument } from "../schema";
import { outageInputs } from "./outage-inputs";
import { costBreakdown, costInputs } from "./cost";
import { defineElementRule, defineRule } from "./define-rule";
import { formatUsd, listNames, regionName } from "./labels";
import { moveRegionFix, nearestCandidate } from "./relocate";
import { rebalanceUntilSurvivesFix } from "./tolerance-fix";
import type { PolicyKey } from "./policy-schema";
import type { Fix, OrgPolicy, RuleContext } from "./types";

/** A policy rule runs only when the organisation's policy sets its setting. */
const setsPolicy = (key: PolicyKey) => ({
  checkedWhen: (policy: OrgPolicy | undefined) => policy?.[key] !== undefined,
  notConfigured: `Not checked: your organisation's policy does not set ${key}.`,
});

/** The policy's region list read as people write it ("aws:us-east-1", "eastus" for Azure); unreadable entries match nothing. */
function allowedRegionRefs(list: readonly string[]): RegionRef[] {
  return list.flatMap((key) => {
    try {
      return [readRegionRef(key.toLowerCase())];
    } catch {
      return [];
    }
  });
}

/** Catalog regions the policy allows: on an allowed provider and, when a list is given, on the list. */
function allowedRegions(ctx: RuleContext, policy: OrgPolicy): RegionInfo[] {
  const providers = policy.allowedProviders;
  const refs = policy.allowedRegions
    ? allowedRegionRefs(policy.allowedRegions)
    : (providers ?? PROVIDERS).flatMap((p) => listRegions(p));
  return refs.flatMap((ref) => {
    const info = ctx.services.getRegion(ref.provider, ref.id);
    return info && (!providers || providers.includes(info.provider)) ? [info] : [];
  });
}

/** Move a disallowed region to the nearest allowed one (policy.provider and policy.region share it). */
function moveToAllowedFix(doc: TopologyDocument, ctx: RuleContext, region: TopologyDocument["regions"][number]): Fix | undefined {
  const policy = ctx.policy;
  const to = policy && nearestCandidate(doc, ctx, region, ctx.memo("policy.allowed-regions", [policy, ctx.services.getRegion], () => allowedRegions(ctx, policy)));
  return to && moveRegionFix(ctx, region, to);
}

export const policyProvider = defineElementRule(
  "region",
  {
    code: "policy.provider.not-allowed", pack: "policy", severity: "error", ...setsPolicy("allowedProviders"),
    description: "Every region must be on a provider the organisation allows.",
    inputs: (doc) => [doc.regions],
  },
  (r, _i, doc, ctx, emit) => {
    const allowed = ctx.policy?.allowedProviders;
    if (!allowed || allowed.includes(r.provider)) return;
    emit({
      target: { kind: "region", id: r.id },
      message: `Region ${regionName(r)} is on ${PROVIDER_LABELS[r.provider]}; your organisation allows ${allowed.length ? listNames(allowed.map((p) => PROVIDER_LABELS[p])) : "no providers"}.`,
      fix: moveToAllowedFix(doc, ctx, r),
    });
  },
);

export const policyRegion = defineElementRule(
  "region",
  {
    code: "policy.region.not-allowed", pack: "policy", severity: "error", ...setsPolicy("allowedRegions"),
    description: "Every region must be on the organisation's list of allowed regions (provider:region).",
    inputs: (doc) => [doc.regions],
  },
  (r, _i, doc, ctx, emit) => {
    const allowed = ctx.policy?.allowedRegions;
    if (!allowed) return;
    const set = ctx.memo("policy.allowed-keys", [allowed], () => new Set(allowedRegionRefs(allowed).map((ref) => regionKey(ref.provider, ref.id))));
    const key = regionKeyOf(r);
    if (set.has(regionKey(r.provider, r.region.toLowerCase()))) return;
    emit({
      target: { kind: "region", id: r.id },
      message: `Region ${regionName(r)} (${key}) is not on your organisation's list of allowed regions (${listNames(allowed, 6)}).`,
      fix: moveToAllowedFix(doc, ctx, r),
    });
  },
);

export const policyBudget = defineRule(
  {
    code: "policy.budget.exceeded", pack: "policy", severity: "error", ...setsPolicy("budgetMonthlyUsd"),
    description: "The estimated monthly cost must stay within the organisation's budget ceiling.",
    inputs: costInputs,
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

const TAG_KEY = /^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,127}$/;
const looseTag = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, "");

/**
 * Only a real value makes a fix: a tag present under another spelling of the required key (CostCenter for
 * cost-center) is renamed. Without one for every missing tag there is no fix; an empty value would only
 * hide the finding.
 */
function renameTagsFix(doc: TopologyDocument, missing: string[], required: readonly string[]): Fix | undefined {
  const renames: [from: string, to: string][] = [];
  for (const tag of missing) {
    const from = Object.keys(doc.tags).find((k) =>
      !required.includes(k) && !renames.some(([used]) => used === k) && looseTag(k) === looseTag(tag) && doc.tags[k]!.trim());
    if (!from || !TAG_KEY.test(tag)) return undefined;
    renames.push([from, tag]);
  }
  const patches: Patch[] = [
    ...renames.map(([from, to]): Patch => ({ op: "add", path: ["tags", to], value: doc.tags[from]!.trim() })),
    ...renames.map(([from]): Patch => ({ op: "remove", path: ["tags", from] })),
  ];
  return { label: `Rename tag${renames.length === 1 ? "" : "s"} ${listNames(renames.map(([from, to]) => `${from} to ${to}`))}`, patches };
}

export const policyTags = defineRule(
  {
    code: "policy.tags.missing", pack: "policy", severity: "error", ...setsPolicy("requiredTags"),
    description: "The document must carry every tag the organisation requires, with a value.",
    inputs: (doc) => [doc.tags],
  },
  (doc, ctx, emit) => {
    const required = ctx.policy?.requiredTags ?? [];
    const missing = required.filter((t) => !doc.tags[t]?.trim());
    if (missing.length === 0) return;
    emit({
      target: { kind: "document" },
      message: `Missing required tag${missing.length === 1 ? "" : "s"}: ${missing.join(", ")}. Your organisation requires ${missing.length === 1 ? "it" : "them"} on every design.`,
      fix: renameTagsFix(doc, missing, required),
    });
  },
);

export const policyTolerance = defineRule(
  {
    code: "policy.tolerance.not-met", pack: "policy", severity: "error", ...setsPolicy("requiredTolerance"),
    description: "The design must survive the failure the organisation requires: any single region, or any whole provider.",
    inputs: outageInputs,
  },
  (doc, ctx, emit) => {
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
      fix: rebalanceUntilSurvivesFix(doc, ctx, required === "provider" ? ["region", "provider"] : ["region"]),
    });
  },
);

export const POLICY_RULES = [policyProvider, policyRegion, policyBudget, policyTags, policyTolerance];

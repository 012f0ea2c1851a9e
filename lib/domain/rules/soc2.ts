// SOC 2 pack: audit logging, monitoring, availability (survive a region failure), a second copy of the
// data in another region, and change approval before export. Approval is a process control: the document
// can't show it, but the organisation policy the server or CLI passes in says how many approvals a
// production change needs (`approvalsRequired`), so `compliance.soc2.change-approval` checks that setting
// (and stays quiet when no policy is given at all).

import type { Region } from "../schema";
import { defineRule } from "./define-rule";
import { regionName } from "./labels";
import { rebalanceUntilSurvivesFix } from "./tolerance-fix";
import type { RuleContext } from "./types";
import { regionKeyOf } from "../region-key";
import { outageInputs } from "./outage-inputs";

export const soc2AuditLogging = defineRule(
  {
    code: "compliance.soc2.audit-logging", pack: "soc2", severity: "error",
    description: "Audit logging must be on.",
    inputs: (doc) => [doc.operations],
  },
  (doc, _ctx, emit) => {
    if (doc.operations.auditLogging) return;
    emit({
      target: { kind: "document" },
      message: "Audit logging is off; SOC 2 needs a record of who changed what on the nodes.",
      fix: { label: "Turn on audit logging", patches: [{ op: "replace", path: ["operations", "auditLogging"], value: true }] },
    });
  },
);

export const soc2Monitoring = defineRule(
  {
    code: "compliance.soc2.monitoring", pack: "soc2", severity: "error",
    description: "Monitoring must be configured.",
    inputs: (doc) => [doc.operations],
  },
  (doc, _ctx, emit) => {
    if (doc.operations.monitoring) return;
    emit({
      target: { kind: "document" },
      message: "Monitoring is off; SOC 2 availability criteria need outages to be detected.",
      fix: { label: "Turn on monitoring", patches: [{ op: "replace", path: ["operations", "monitoring"], value: true }] },
    });
  },
);

export const soc2RegionFailure = defineRule(
  {
    code: "compliance.soc2.region-failure", pack: "soc2", severity: "error",
    description: "The chain must keep producing blocks through the loss of any single region.",
    inputs: outageInputs,
  },
  (doc, ctx, emit) => {
    const fd = ctx.failureDomains;
    if (fd.validators === 0) return; // core.validators.none
    const halting = fd.domains.filter((d) => d.kind === "region" && !d.survives);
    if (fd.baseline.survives && halting.length === 0) return;
    const first = halting[0];
    emit({
      target: first?.regionIds[0] ? { kind: "region", id: first.regionIds[0] } : { kind: "document" },
      message: `SOC 2 availability: the network must survive losing any one region, and doesn't. ${first && fd.baseline.survives ? `Losing ${first.label} halts the chain: ${first.reason}` : fd.summary}`,
      fix: rebalanceUntilSurvivesFix(doc, ctx, ["region"]),
    });
  },
);

/** The region holding the main copy: the primary, else the one with the most validators. */
function homeRegion(doc: { regions: Region[] }, ctx: RuleContext): Region | undefined {
  return doc.regions.find((r) => r.primary)
    ?? doc.regions.reduce<Region | undefined>((best, r) => (!best || (ctx.validatorsByRegion.get(r.id) ?? 0) > (ctx.validatorsByRegion.get(best.id) ?? 0) ? r : best), undefined);
}

export const soc2BackupRegion = defineRule(
  {
    code: "compliance.soc2.backup-region", pack: "soc2", severity: "error",
    description: "Backups or an archive node must be kept in a region other than the primary.",
    inputs: (doc, ctx) => [doc.regions, doc.operations, ctx.validatorsByRegion, ctx.groupsByRole.get("archive")],
  },
  (doc, ctx, emit) => {
    const home = homeRegion(doc, ctx);
    if (!home) return;
    const key = (id: string) => {
      const r = ctx.regionsById.get(id);
      return r ? regionKeyOf(r) : id;
    };
    const homeKey = key(home.id);
    const backup = doc.operations.backupRegionId;
    const backupElsewhere = backup !== undefined && ctx.regionsById.has(backup) && key(backup) !== homeKey;
    const archiveElsewhere = (ctx.groupsByRole.get("archive") ?? []).some((i) => key(doc.nodeGroups[i]!.regionId) !== homeKey);
    if (backupElsewhere || archiveElsewhere) return;
    // Propose the region closest in kind: same provider first, then any other.
    const candidates = doc.regions.filter((r) => key(r.id) !== homeKey);
    const proposal = candidates.find((r) => r.provider === home.provider) ?? candidates[0];
    emit({
      target: { kind: "document" },
      message: backup === undefined
        ? `No backup region is set and no archive node runs outside ${regionName(home)}: one regional disaster could lose the chain's history.`
        : `Backups go to ${backup}, the same cloud region as the primary ${regionName(home)}, and no archive node runs elsewhere: one regional disaster could lose the chain's history.`,
      fix: proposal && {
        label: `Keep backups in ${regionName(proposal)}`,
        patches: [{ op: backup === undefined ? "add" : "replace", path: ["operations", "backupRegionId"], value: proposal.id }],
      },
    });
  },
);

export const soc2ChangeApproval = defineRule(
  {
    code: "compliance.soc2.change-approval", pack: "soc2", severity: "error",
    checkedWhen: (policy) => policy !== undefined,
    // It reads the policy, which stays the same through edits of the document.
    inputs: () => [],
    notConfigured: "Not checked: no organisation policy was given, and the approvals a production change needs are set there.",
    description: "The organisation policy must require at least one approval before a production change is exported (checked only when a policy is given).",
  },
  (_doc, ctx, emit) => {
    if (!ctx.policy) return;
    const approvals = ctx.policy.approvalsRequired;
    if (approvals !== undefined && approvals >= 1) return;
    emit({
      // The setting lives in the policy, which the document doesn't hold; no document change can fix it.
      target: { kind: "document" },
      message: `Exports can happen without approval: your organisation's policy ${approvals === undefined ? "doesn't set approvalsRequired" : "sets approvalsRequired to 0"}, and SOC 2 change management needs at least one approval before a production change is exported.`,
    });
  },
);

export const SOC2_RULES = [soc2AuditLogging, soc2Monitoring, soc2RegionFailure, soc2BackupRegion, soc2ChangeApproval];

// HIPAA pack: regions covered by the provider's BAA, encryption at rest, no anonymous public RPC.

import { PROVIDER_LABELS } from "../schema";
import { defineRule } from "./define-rule";
import { groupName, regionName } from "./labels";

export const hipaaRegion = defineRule(
  {
    code: "compliance.hipaa.region", pack: "hipaa", severity: "error",
    description: "Regions that hold nodes or backups must be covered by the provider's HIPAA BAA.",
  },
  (doc, ctx, emit) => {
    for (const r of doc.regions) {
      const info = ctx.regionInfo.get(r.id);
      const holdsData = ctx.groupsByRegion.has(r.id) || doc.operations.backupRegionId === r.id;
      if (!info || info.hipaaEligible || !holdsData) continue;
      emit({
        target: { kind: "region", id: r.id },
        message: `Region ${regionName(r)} is ${info.displayName}, in the ${PROVIDER_LABELS[r.provider]} ${info.classification} cloud, which the provider's HIPAA Business Associate Agreement doesn't cover.`,
      });
    }
  },
);

export const hipaaEncryptionAtRest = defineRule(
  {
    code: "compliance.hipaa.encryption-at-rest", pack: "hipaa", severity: "error",
    description: "Node storage must be encrypted at rest.",
  },
  (doc, _ctx, emit) => {
    if (doc.operations.encryptionAtRest) return;
    emit({
      target: { kind: "document" },
      message: "Encryption at rest is off; HIPAA requires protected health information to be encrypted on disk.",
      fix: { label: "Turn on encryption at rest", patches: [{ op: "replace", path: ["operations", "encryptionAtRest"], value: true }] },
    });
  },
);

export const hipaaPublicRpc = defineRule(
  {
    code: "compliance.hipaa.public-rpc-unauthenticated", pack: "hipaa", severity: "error",
    description: "Public RPC endpoints must require authentication.",
  },
  (doc, _ctx, emit) => {
    doc.nodeGroups.forEach((g, i) => {
      if (g.role !== "rpc" || g.exposure !== "public" || g.authenticated) return;
      emit({
        target: { kind: "nodeGroup", id: g.id },
        message: `RPC group ${groupName(g)} is public and unauthenticated: anyone on the internet can read the chain through it.`,
        fix: { label: "Require authentication (JWT)", patches: [{ op: "replace", path: ["nodeGroups", i, "authenticated"], value: true }] },
      });
    });
  },
);

export const HIPAA_RULES = [hipaaRegion, hipaaEncryptionAtRest, hipaaPublicRpc];

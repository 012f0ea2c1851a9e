// HIPAA pack: regions covered by the provider's BAA, encryption at rest, no anonymous public RPC.

import { listRegions, type RegionInfo } from "../catalog";
import { PROVIDER_LABELS } from "../schema";
import { defineElementRule, defineRule } from "./define-rule";
import { groupName, regionName } from "./labels";
import { moveRegionFix, nearestCandidate } from "./relocate";
import { residentUnder } from "./residency";

/** The catalog's flag: US commercial and gov regions, plus overrides (compliance-facts.ts). */
const covered = (info: RegionInfo) => residentUnder("hipaa", info);

export const hipaaRegion = defineElementRule(
  "region",
  {
    code: "compliance.hipaa.region", pack: "hipaa", severity: "error",
    description: "Regions that hold nodes or backups must be covered by the provider's HIPAA BAA (US commercial and gov regions unless the catalog says otherwise).",
    // The fix moves the region, preferring cloud regions no other region of the document uses.
    inputs: (doc) => [doc.regions, doc.operations],
  },
  (r, _i, doc, ctx, emit) => {
    const info = ctx.regionInfo.get(r.id);
    const holdsData = ctx.groupsByRegion.has(r.id) || doc.operations.backupRegionId === r.id;
    if (!info || covered(info) || !holdsData) return;
    const provider = PROVIDER_LABELS[r.provider];
    const why = info.classification === "china"
      ? `in the ${provider} ${info.classification} cloud, which the provider's HIPAA Business Associate Agreement doesn't cover`
      : info.country === "US"
        ? `in the ${provider} ${info.classification} cloud, which the catalog marks as outside the provider's HIPAA Business Associate Agreement`
        : `outside the United States; Meridian treats only US regions (commercial and gov) as covered by the provider's HIPAA Business Associate Agreement unless the catalog says otherwise`;
    const eligible = listRegions(r.provider).flatMap((c) => {
      const known = ctx.services.getRegion(c.provider, c.id);
      return known && covered(known) ? [known] : [];
    });
    const to = nearestCandidate(doc, ctx, r, eligible);
    emit({
      target: { kind: "region", id: r.id },
      message: `Region ${regionName(r)} is ${info.displayName}, ${why}.`,
      fix: to && moveRegionFix(ctx, r, to),
    });
  },
);

export const hipaaEncryptionAtRest = defineRule(
  {
    code: "compliance.hipaa.encryption-at-rest", pack: "hipaa", severity: "error",
    description: "Node storage must be encrypted at rest.",
    inputs: (doc) => [doc.operations],
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

export const hipaaPublicRpc = defineElementRule(
  "nodeGroup",
  {
    code: "compliance.hipaa.public-rpc-unauthenticated", pack: "hipaa", severity: "error",
    description: "Public RPC endpoints must require authentication.",
  },
  (g, i, _doc, _ctx, emit) => {
    if (g.role !== "rpc" || g.exposure !== "public" || g.authenticated) return;
    emit({
      target: { kind: "nodeGroup", id: g.id },
      message: `RPC group ${groupName(g)} is public and unauthenticated: anyone on the internet can read the chain through it.`,
      fix: { label: "Require authentication (JWT)", patches: [{ op: "replace", path: ["nodeGroups", i, "authenticated"], value: true }] },
    });
  },
);

export const HIPAA_RULES = [hipaaRegion, hipaaEncryptionAtRest, hipaaPublicRpc];

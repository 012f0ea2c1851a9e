// Shared by the rule tests: a design that passes every pack, and ways to check findings and fixes.

import { produce, type Draft } from "immer";
import { group, makeDocument, region } from "../consensus/test-documents";
import type { TopologyDocument } from "../schema";
import { applyFix } from "./apply-fix";
import { validate } from "./engine";
import type { Finding, FindingTarget, ValidationOptions } from "./types";

export const ALL_PACKS: ValidationOptions = { packs: ["gdpr", "hipaa", "soc2"] };

/**
 * Seven QBFT validators over four Azure regions in the EU (2+2+2+1; quorum 5, so any region may go),
 * bootnodes in two regions, an RPC node, an archive node and backups outside the primary.
 */
export function healthyDocument(): TopologyDocument {
  const we = region("westeurope", "azure", "westeurope", { primary: true, cidr: "10.1.0.0/16" });
  const ne = region("northeurope", "azure", "northeurope", { cidr: "10.2.0.0/16" });
  const fr = region("francecentral", "azure", "francecentral", { cidr: "10.3.0.0/16" });
  const de = region("germanywestcentral", "azure", "germanywestcentral", { cidr: "10.4.0.0/16" });
  return makeDocument({
    regions: [we, ne, fr, de],
    nodeGroups: [
      group("val-we", we, "validator", 2),
      group("val-ne", ne, "validator", 2),
      group("val-fr", fr, "validator", 2),
      group("val-de", de, "validator", 1),
      group("boot-we", we, "bootnode", 1, { vmSize: "Standard_D2s_v5" }),
      group("boot-ne", ne, "bootnode", 1, { vmSize: "Standard_D2s_v5" }),
      group("rpc-we", we, "rpc", 2, { name: "api" }),
      group("archive-ne", ne, "archive", 1, { deploymentType: "vmss" }),
    ],
    rest: { operations: { monitoring: true, auditLogging: true, encryptionAtRest: true, backupRegionId: "northeurope" } },
  });
}

export function variant(doc: TopologyDocument, change: (draft: Draft<TopologyDocument>) => void): TopologyDocument {
  return produce(doc, change);
}

export function findingsWith(doc: TopologyDocument, code: string, options: ValidationOptions = ALL_PACKS): Finding[] {
  return validate(doc, options).findings.filter((f) => f.code === code);
}

const sameTarget = (a: FindingTarget, b: FindingTarget) => JSON.stringify(a) === JSON.stringify(b);

/** Applies the finding's fix and reports what the same rule says about the same element afterwards. */
export function afterFix(doc: TopologyDocument, finding: Finding, options: ValidationOptions = ALL_PACKS): { doc: TopologyDocument; remaining: Finding[] } {
  if (!finding.fix) throw new Error(`${finding.code} offers no fix`);
  const fixed = applyFix(doc, finding.fix);
  const remaining = validate(fixed, options).findings.filter((f) => f.code === finding.code && sameTarget(f.target, finding.target));
  return { doc: fixed, remaining };
}

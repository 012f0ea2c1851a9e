// Shared by the rule tests: a design that passes every pack, and ways to check findings and fixes.

import { produce, type Draft } from "immer";
import { group, makeDocument, region } from "../../consensus/test-documents";
import type { TopologyDocument, TopologyDocumentInput } from "../../schema/index";
import { applyFix } from "../apply-fix";
import { validate } from "../engine";
import type { Finding, FindingTarget, ValidationOptions } from "../types";

type RegionInput = TopologyDocumentInput["regions"][number];

export const ALL_PACKS: ValidationOptions = { packs: ["gdpr", "hipaa", "soc2"] };

/**
 * Seven QBFT validators over four Azure regions in the EU (2+2+2+1; quorum 5, so any region may go),
 * bootnodes in two regions, an RPC node, an archive node and backups outside the primary. Passes every pack
 * but HIPAA, which covers US regions only (see healthyUsDocument).
 */
export function healthyDocument(): TopologyDocument {
  return healthyIn([["westeurope", "we"], ["northeurope", "ne"], ["francecentral", "fr"], ["germanywestcentral", "de"]]);
}

/** The same design in four Azure US regions (node groups val-eus, val-wus2, val-cus, val-scus...): passes HIPAA. */
export function healthyUsDocument(): TopologyDocument {
  return healthyIn([["eastus", "eus"], ["westus2", "wus2"], ["centralus", "cus"], ["southcentralus", "scus"]]);
}

/** Four Azure regions (id and the suffix of their node groups' ids), the first primary. */
function healthyIn(places: [string, string][]): TopologyDocument {
  const [a, b, c, d] = places.map(([id], i) => region(id, "azure", id, { primary: i === 0, cidr: `10.${i + 1}.0.0/16` })) as [RegionInput, RegionInput, RegionInput, RegionInput];
  const [sa, sb, sc, sd] = places.map(([, suffix]) => suffix);
  return makeDocument({
    regions: [a, b, c, d],
    nodeGroups: [
      group(`val-${sa}`, a, "validator", 2),
      group(`val-${sb}`, b, "validator", 2),
      group(`val-${sc}`, c, "validator", 2),
      group(`val-${sd}`, d, "validator", 1),
      group(`boot-${sa}`, a, "bootnode", 1, { vmSize: "Standard_D2s_v5" }),
      group(`boot-${sb}`, b, "bootnode", 1, { vmSize: "Standard_D2s_v5" }),
      group(`rpc-${sa}`, a, "rpc", 2, { name: "api" }),
      group(`archive-${sb}`, b, "archive", 1, { deploymentType: "vmss" }),
    ],
    rest: { operations: { monitoring: true, auditLogging: true, encryptionAtRest: true, backupRegionId: b.id } },
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

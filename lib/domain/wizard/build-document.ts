// The proposed document for one sizing: regions, validators as spread, the other nodes, links, packs and
// budget. Everything passes through the schema, so a proposal is always a valid document.

import { freshId } from "../ids";
import { regionIdFor } from "../qdq/providers";
import { CURRENT_SCHEMA_VERSION, TopologyDocumentSchema, type Region, type TopologyDocument } from "../schema";
import type { Tolerance, WizardAnswers } from "./answers";
import { getRegion } from "../catalog";
import { sovereignCloudOf } from "../net/connectivity";
import { planConnectivity } from "./connectivity";
import { placeNodes } from "./place-nodes";
import type { Sizing } from "./sizing";

export function buildDocument(answers: WizardAnswers, validators: readonly number[], tolerance: Tolerance, sizing: Sizing): TopologyDocument {
  const taken = new Set<string>();
  // 10.1.0.0/16, 10.2.0.0/16...: one /16 per region, none overlapping (at most MAX_WIZARD_REGIONS of them).
  const regions: Region[] = answers.regions.map((r, i) => ({
    id: freshId(regionIdFor(r.provider, r.region), taken), provider: r.provider, region: r.region,
    primary: i === 0, cidr: `10.${i + 1}.0.0/16`, subnetPrefix: 24,
  }));
  const cloudOf = regions.map((r) => sovereignCloudOf(r.provider, getRegion(r.provider, r.region)?.classification));
  const connectivity = planConnectivity(regions, validators, cloudOf, taken, answers.consensus === "raft");
  const nodeGroups = placeNodes({ regions, validators, tolerance, sizing, taken });
  const doc = TopologyDocumentSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name: answers.name,
    description: `Proposed by the new-network wizard for ${tolerance === "none" ? "no outage tolerance" : tolerance === "region" ? "surviving any one region" : "surviving any one cloud"}.`,
    network: {
      client: answers.client, consensus: answers.consensus, chainId: answers.chainId,
      topology: connectivity.topology, ...(connectivity.hubRegionId ? { hubRegionId: connectivity.hubRegionId } : {}),
      ...(answers.existing ? { existing: true } : {}),
    },
    regions,
    nodeGroups,
    links: connectivity.links,
    compliance: { packs: answers.packs },
    // Backups leave the primary whenever there is somewhere to go (SOC 2 asks for it; it is sound anyway).
    operations: { monitoring: true, auditLogging: true, encryptionAtRest: true, ...(regions[1] ? { backupRegionId: regions[1].id } : {}) },
    ...(answers.budgetMonthlyUsd !== undefined ? { budgetMonthlyUsd: answers.budgetMonthlyUsd } : {}),
    tags: { "meridian:source": "wizard" },
  });
  return doc;
}

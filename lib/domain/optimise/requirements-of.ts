// What a design already asks for, as optimiser requirements: its client and consensus, its validator count (and a
// few more to choose from), the failures it survives today, the clouds it uses, its compliance packs and budget.
// The designer's Optimise dialog starts from this, so "optimise" never quietly drops a guarantee the design had.

import { analyzeFailureDomains, minimumValidators } from "../consensus";
import { PROVIDERS, type TopologyDocument } from "../schema";
import type { OptimiseSpecInput } from "./spec";
import { MAX_VALIDATORS } from "./spec";

/** How many more validators than the design has the optimiser may choose by default. */
export const EXTRA_VALIDATORS_TO_CONSIDER = 3;

export function requirementsOf(doc: TopologyDocument): OptimiseSpecInput {
  const analysis = analyzeFailureDomains(doc, { includeLinks: false });
  const n = analysis.validators;
  const least = Math.max(minimumValidators(doc.network.consensus), Math.min(n, MAX_VALIDATORS));
  const providers = PROVIDERS.filter((p) => doc.regions.some((r) => r.provider === p));
  const regionDomains = analysis.domains.filter((d) => d.kind === "region");
  const providerDomains = analysis.domains.filter((d) => d.kind === "provider");
  const survivesAnyRegion = regionDomains.length > 1 && regionDomains.every((d) => d.survives);
  const survivesAnyCloud = providerDomains.length > 1 && providerDomains.every((d) => d.survives);
  return {
    name: doc.name,
    client: doc.network.client,
    consensus: doc.network.consensus,
    validators: { min: least, max: Math.min(MAX_VALIDATORS, least + EXTRA_VALIDATORS_TO_CONSIDER) },
    tolerate: { regions: survivesAnyRegion ? 1 : 0, provider: survivesAnyCloud },
    ...(providers.length > 0 ? { providers } : {}),
    packs: [...doc.compliance.packs],
    ...(doc.budgetMonthlyUsd !== undefined ? { budgetUsdMonth: doc.budgetMonthlyUsd } : {}),
    chainId: doc.network.chainId,
    objective: "cost",
  };
}

/**
 * The design with the optimiser's placement: its network, regions, node groups and links replace the design's;
 * everything the optimiser does not decide (name, description, packs, operations, budget, tags, genesis, chain id)
 * is kept. The layout is cleared so the canvas lays the new regions out.
 */
export function withPlacement(doc: TopologyDocument, placed: TopologyDocument): TopologyDocument {
  return {
    ...doc,
    network: { ...placed.network, chainId: doc.network.chainId, blockPeriodSeconds: doc.network.blockPeriodSeconds, requestTimeoutSeconds: doc.network.requestTimeoutSeconds },
    regions: placed.regions,
    nodeGroups: placed.nodeGroups,
    links: placed.links,
    operations: { ...doc.operations, backupRegionId: placed.regions.some((r) => r.id === doc.operations.backupRegionId) ? doc.operations.backupRegionId : undefined },
    layout: { positions: {} },
  };
}

// What the marketplace shows about any template, curated or published, derived from its document.

import { analyzeFailureDomains } from "../consensus";
import { priceTopology } from "../cost";
import type { Client, CompliancePack, Consensus, Provider, TopologyDocument } from "../schema";
import type { Survivable } from "./types";

export interface TemplateFacts {
  client: Client;
  consensus: Consensus;
  /** In order of first appearance in the document. */
  providers: Provider[];
  regions: { provider: Provider; region: string }[];
  packs: CompliancePack[];
  survives: Survivable;
  validators: number;
  monthlyCostUsd: number;
}

/** The largest failure the design survives: any one cloud (when multi-cloud), any one region, or neither. */
export function survivableOf(doc: TopologyDocument): Survivable {
  const analysis = analyzeFailureDomains(doc);
  if (!analysis.baseline.survives || analysis.validators === 0) return "none";
  const all = (kind: "region" | "provider") => {
    const domains = analysis.domains.filter((d) => d.kind === kind);
    return domains.length > 1 && domains.every((d) => d.survives);
  };
  if (all("provider") && all("region")) return "provider";
  return all("region") ? "region" : "none";
}

export function templateFacts(doc: TopologyDocument): TemplateFacts {
  const providers: Provider[] = [];
  for (const r of doc.regions) if (!providers.includes(r.provider)) providers.push(r.provider);
  return {
    client: doc.network.client,
    consensus: doc.network.consensus,
    providers,
    regions: doc.regions.map((r) => ({ provider: r.provider, region: r.region })),
    packs: [...doc.compliance.packs],
    survives: survivableOf(doc),
    validators: doc.nodeGroups.filter((g) => g.role === "validator").reduce((n, g) => n + g.count, 0),
    monthlyCostUsd: Math.round(priceTopology(doc).totalMonthlyUsd),
  };
}

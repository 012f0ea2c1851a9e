// What the marketplace shows about any template, curated or published, derived from its document.

import { analyzeFailureDomains } from "../consensus";
import { priceTopology } from "../cost";
import type { Client, CompliancePack, Consensus, Provider, TopologyDocument } from "../schema";
import { statusSentence, unsupportedChoices, unsupportedChoicesOf, type SupportEntry } from "../support";
import type { Survivable, TemplateLegacy } from "./types";

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
  /** Set when the template keeps a stack current releases no longer run (older stored facts lack it). */
  legacy?: TemplateLegacy;
}

function legacyFrom(removed: readonly SupportEntry[]): TemplateLegacy | undefined {
  const first = removed[0];
  if (!first?.replacement) return undefined;
  const reason = `${removed.map(statusSentence).join("; ")}. For networks that already run it; new networks use ${first.replacement.label}.`;
  return { reason, migration: first.replacement.migration };
}

/** A template is legacy when the support data says current releases no longer run its stack. */
export function templateLegacy(doc: TopologyDocument): TemplateLegacy | undefined {
  return legacyFrom(unsupportedChoices(doc).map((c) => c.entry).filter((e) => e.status === "removed"));
}

/** The same from stored facts: their own verdict, or (for facts stored before it) the client and consensus. */
export function legacyOfFacts(facts: TemplateFacts): TemplateLegacy | undefined {
  return facts.legacy ?? legacyFrom(unsupportedChoicesOf(facts.client, facts.consensus).filter((e) => e.status === "removed"));
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
    ...(templateLegacy(doc) ? { legacy: templateLegacy(doc)! } : {}),
  };
}

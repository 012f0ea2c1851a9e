// Shapes of marketplace templates: a complete topology document plus what the marketplace shows about it.

import type { Client, CompliancePack, Consensus, Provider, TopologyDocument, TopologyDocumentInput } from "../schema";
import type { MigrationKind } from "../support";

/** The failure a template is designed to survive: nothing, any one region, or any one cloud (and any region). */
export const SURVIVABLE = ["none", "region", "provider"] as const;
export type Survivable = (typeof SURVIVABLE)[number];

/** What a template's author writes; everything derivable from the document is derived, so it can't drift. */
export interface TemplateDefinition {
  /** Stable, URL-safe: `eu-gdpr-azure-qbft`. */
  slug: string;
  title: string;
  description: string;
  tags: string[];
  /** Compliance packs the design satisfies; each must be enabled in `document.compliance.packs`. */
  claims: CompliancePack[];
  /** What the description promises it survives; the tests hold the failure-domain analysis to it. */
  survives: Survivable;
  document: TopologyDocumentInput;
}

export interface MarketplaceTemplate extends Omit<TemplateDefinition, "document"> {
  document: TopologyDocument;
  client: Client;
  consensus: Consensus;
  /** In order of first appearance in the document. */
  providers: Provider[];
  regions: { provider: Provider; region: string }[];
  /** Derived from the support data: the template keeps a stack current releases no longer run. */
  legacy?: TemplateLegacy;
}

/** Why a template is legacy, in one sentence, and the migration that leaves it. */
export interface TemplateLegacy {
  reason: string;
  migration: MigrationKind;
}

/** What a template card or thumbnail shows; computed, including the cost, never hand-written. */
export interface TemplateSummary {
  slug: string;
  title: string;
  /** "3 regions · Azure · 6 QBFT validators · survives any region · $2,345/month" */
  headline: string;
  regionCount: number;
  providers: Provider[];
  nodes: { validators: number; bootnodes: number; rpc: number; archive: number; members: number };
  quorum: number;
  survives: Survivable;
  claims: CompliancePack[];
  monthlyCostUsd: number;
  legacy?: TemplateLegacy;
}

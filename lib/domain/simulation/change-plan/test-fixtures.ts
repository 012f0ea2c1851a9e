// Small designs for change-plan tests: validators per region (every region in one Azure fabric unless given),
// built through the real schema.

import { group, makeDocument, region } from "../../consensus/test-documents";
import type { TopologyDocument, TopologyDocumentInput } from "../../schema";
import type { ChangePlan } from "./types";

export const eu = region("eu", "azure", "westeurope");
export const us = region("us", "azure", "eastus");
export const asia = region("asia", "azure", "southeastasia");
export const aws = region("aws", "aws", "us-east-1");

type RegionInput = TopologyDocumentInput["regions"][number];

/** Validator group `val-<region>` with `counts[i]` validators in regions[i] (none when 0). */
export function design(
  regions: RegionInput[],
  counts: number[],
  network: Partial<TopologyDocumentInput["network"]> = {},
  extra: Partial<Pick<TopologyDocumentInput, "links" | "nodeGroups">> = {},
): TopologyDocument {
  const validators = regions.flatMap((r, i) => ((counts[i] ?? 0) > 0 ? [group(`val-${r.id}`, r, "validator", counts[i]!)] : []));
  return makeDocument({ regions, nodeGroups: [...validators, ...(extra.nodeGroups ?? [])], network, links: extra.links });
}

/** The same design with one node group's fields replaced. */
export function withGroup(doc: TopologyDocument, id: string, fields: Record<string, unknown>): TopologyDocument {
  return { ...doc, nodeGroups: doc.nodeGroups.map((g) => (g.id === id ? ({ ...g, ...fields } as typeof g) : g)) };
}

export const kinds = (plan: ChangePlan) => plan.steps.map((s) => s.kind);
/** Validators in the set after each step. */
export const setSizes = (plan: ChangePlan) => plan.steps.map((s) => s.after.validatorsInSet);
export const quorums = (plan: ChangePlan) => plan.steps.map((s) => s.after.quorum);

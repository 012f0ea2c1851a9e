// What the rules about surviving an outage read, beside the document's network settings, regions and links:
// the failure-domain analysis, the validator groups (their fixes move validators between groups, adding
// groups at the end of the list) and the ids in use (new groups and links get fresh ids). While none of it
// changes, an incremental validation keeps their findings and skips their costly fixes.

import type { TopologyDocument } from "../schema";
import type { RuleContext } from "./types";

export function outageInputs(doc: TopologyDocument, ctx: RuleContext): readonly unknown[] {
  return [
    doc.network, doc.regions, doc.links, ctx.failureDomains, ctx.validatorsByRegion, ctx.groupsByRole.get("validator"),
    doc.nodeGroups.length, ctx.groupIndex,
  ];
}

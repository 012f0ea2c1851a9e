import { CONSENSUS_LABELS, quorumSize } from "../consensus";
import { PROVIDER_LABELS, type NodeRole } from "../schema";
import { templateMonthlyCostUsd } from "./cost";
import type { MarketplaceTemplate, Survivable, TemplateSummary } from "./types";

const SURVIVES_LABEL: Record<Survivable, string> = {
  none: "single region",
  region: "survives any region",
  provider: "survives any cloud",
};

const usd = (n: number) => `$${Math.round(n).toLocaleString("en-US")}`;

/** What a marketplace card shows, computed from the document and the cost model. */
export function summarizeTemplate(template: MarketplaceTemplate): TemplateSummary {
  const count: Record<NodeRole, number> = { validator: 0, bootnode: 0, rpc: 0, archive: 0, member: 0 };
  for (const g of template.document.nodeGroups) count[g.role] += g.count;
  const regionCount = template.document.regions.length;
  const monthlyCostUsd = templateMonthlyCostUsd(template);
  const headline = [
    `${regionCount} region${regionCount === 1 ? "" : "s"}`,
    template.providers.map((p) => PROVIDER_LABELS[p]).join(" + "),
    `${count.validator} ${CONSENSUS_LABELS[template.consensus]} validators`,
    SURVIVES_LABEL[template.survives],
    `${usd(monthlyCostUsd)}/month`,
  ].join(" · ");
  return {
    slug: template.slug,
    title: template.title,
    headline,
    regionCount,
    providers: template.providers,
    nodes: { validators: count.validator, bootnodes: count.bootnode, rpc: count.rpc, archive: count.archive, members: count.member },
    quorum: quorumSize(template.consensus, count.validator),
    survives: template.survives,
    claims: template.claims,
    monthlyCostUsd,
    ...(template.legacy ? { legacy: template.legacy } : {}),
  };
}

// Writes a topology document as QDQ's three DSL lines. The DSLs say only how many nodes of each role run
// in each region and one deployment type per role: subtypes are summed into their role, and a role whose
// groups differ in type takes its most common one (written as the Azure equivalent, which QDQ understands
// and Meridian maps back onto each region's provider).

import type { DeploymentType, NodeRole, TopologyDocument } from "../schema";
import type { QdqDsl } from "./qdq-types";
import { deploymentTypeOn, formatQdqRegionKey } from "./providers";
import { DSL_ROLE_NAME, DSL_ROLE_ORDER } from "./roles";

export function toQdqDsl(doc: TopologyDocument, warnings: string[] = []): Required<QdqDsl> {
  const keyOf = new Map(doc.regions.map((r) => [r.id, formatQdqRegionKey(r.provider, r.region)]));
  const countsByRegion = new Map<string, Map<NodeRole, number>>();
  for (const g of doc.nodeGroups) {
    const key = keyOf.get(g.regionId);
    if (key === undefined) continue;
    const counts = countsByRegion.get(key) ?? new Map<NodeRole, number>();
    counts.set(g.role, (counts.get(g.role) ?? 0) + g.count);
    countsByRegion.set(key, counts);
  }
  const empty = doc.regions.filter((r) => !countsByRegion.has(keyOf.get(r.id)!));
  if (empty.length > 0) warnings.push(`regions without nodes cannot be written in the DSL: ${empty.map((r) => r.id).join(", ")}`);

  const distribution = [...countsByRegion]
    .map(([key, counts]) => `${key}:${DSL_ROLE_ORDER.filter((role) => counts.has(role)).map((role) => `${DSL_ROLE_NAME[role]}=${counts.get(role)}`).join("+")}`)
    .join(",");

  const roles = DSL_ROLE_ORDER.filter((role) => doc.nodeGroups.some((g) => g.role === role));
  const typeOf = new Map(roles.map((role) => [role, commonType(doc, role, warnings)]));
  const deploymentMap = roles.map((role) => `${DSL_ROLE_NAME[role]}=${typeOf.get(role)}`).join(",");
  const placement = roles
    .map((role) => {
      const where = [...countsByRegion].filter(([, counts]) => counts.has(role)).map(([key]) => key);
      return `${DSL_ROLE_NAME[role]}:${typeOf.get(role)}:${where.join("+")}`;
    })
    .join(";");
  return { distribution, deploymentMap, placement };
}

function commonType(doc: TopologyDocument, role: NodeRole, warnings: string[]): DeploymentType {
  const tally = new Map<DeploymentType, number>();
  for (const g of doc.nodeGroups) {
    if (g.role !== role) continue;
    const azure = deploymentTypeOn("azure", g.deploymentType);
    tally.set(azure, (tally.get(azure) ?? 0) + g.count);
  }
  const ranked = [...tally].sort((a, b) => b[1] - a[1]);
  if (ranked.length > 1) {
    warnings.push(`${DSL_ROLE_NAME[role]} use ${ranked.map(([t]) => t).join(" and ")}; the DSL holds one type per role, so ${ranked[0]![0]} was written`);
  }
  return ranked[0]![0];
}

import type { CanvasTarget } from "@/components/canvas/overlay/overlay";
import { groupName, regionName, roleCount } from "@/lib/domain/rules/labels";
import type { TopologyDocument } from "@/lib/domain/schema";

export const KIND_LABEL: Record<CanvasTarget["kind"], string> = { region: "Region", nodeGroup: "Node group", link: "Link" };

/** How a comment or a change names a canvas element: "Node group 'validators' (4 validators in Azure eastus)". */
export function elementLabel(doc: TopologyDocument | undefined, target: CanvasTarget): string {
  const region = (id: string) => {
    const r = doc?.regions.find((x) => x.id === id);
    return r ? regionName(r) : `'${id}'`;
  };
  if (target.kind === "region") return `Region ${region(target.id)}`;
  if (target.kind === "nodeGroup") {
    const g = doc?.nodeGroups.find((x) => x.id === target.id);
    return g ? `Node group ${groupName(g)} (${roleCount(g.role, g.count)} in ${region(g.regionId)})` : `Node group '${target.id}'`;
  }
  const l = doc?.links.find((x) => x.id === target.id);
  return l ? `Link ${region(l.from)} – ${region(l.to)}` : `Link '${target.id}'`;
}

/** Every element of a document a comment can be pinned to, in canvas order: regions, then node groups, then links. */
export function pinnableElements(doc: TopologyDocument): CanvasTarget[] {
  return [
    ...doc.regions.map((r) => ({ kind: "region" as const, id: r.id })),
    ...doc.nodeGroups.map((g) => ({ kind: "nodeGroup" as const, id: g.id })),
    ...doc.links.map((l) => ({ kind: "link" as const, id: l.id })),
  ];
}

import type { ELK as Elk } from "elkjs/lib/elk-api";
import { PROVIDERS, type TopologyDocument } from "@/lib/domain/schema";
import { PROVIDER_HEADER, PROVIDER_PAD, REGION_W, regionHeight } from "./geometry";

// ELK is over a megabyte of script: loaded on the first layout, not with the designer.
let elk: Promise<Elk> | undefined;
const loadElk = () => (elk ??= import("elkjs/lib/elk.bundled.js").then(({ default: ELK }) => new ELK()));

/**
 * Region positions from ELK's layered algorithm: each provider is a compound node holding its regions,
 * links are edges, so linked regions sit near each other and providers stay apart.
 */
export async function layoutRegions(doc: TopologyDocument): Promise<Map<string, { x: number; y: number }>> {
  const groupCount = new Map<string, number>();
  for (const g of doc.nodeGroups) groupCount.set(g.regionId, (groupCount.get(g.regionId) ?? 0) + 1);
  const graph = {
    id: "root",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "RIGHT",
      "elk.hierarchyHandling": "INCLUDE_CHILDREN",
      "elk.spacing.nodeNode": "48",
      "elk.layered.spacing.nodeNodeBetweenLayers": "96",
    },
    children: PROVIDERS.filter((p) => doc.regions.some((r) => r.provider === p)).map((provider) => ({
      id: `provider:${provider}`,
      layoutOptions: { "elk.padding": `[top=${PROVIDER_HEADER + PROVIDER_PAD},left=${PROVIDER_PAD},bottom=${PROVIDER_PAD},right=${PROVIDER_PAD}]` },
      children: doc.regions
        .filter((r) => r.provider === provider)
        .map((r) => ({ id: r.id, width: REGION_W, height: regionHeight(groupCount.get(r.id) ?? 0) })),
    })),
    edges: doc.links.map((l) => ({ id: l.id, sources: [l.from], targets: [l.to] })),
  };
  const result = await (await loadElk()).layout(graph);
  const positions = new Map<string, { x: number; y: number }>();
  for (const provider of result.children ?? []) {
    for (const region of provider.children ?? []) {
      positions.set(region.id, { x: (provider.x ?? 0) + (region.x ?? 0), y: (provider.y ?? 0) + (region.y ?? 0) });
    }
  }
  return positions;
}

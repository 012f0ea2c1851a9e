import type { Provider, TopologyDocument } from "@/lib/domain/schema";

/** A simulated failure: one region, or a whole provider. */
export type Outage = { kind: "region"; id: string } | { kind: "provider"; provider: Provider };

export function lostRegionsOf(doc: TopologyDocument, outage: Outage | null): Set<string> {
  if (!outage) return new Set();
  if (outage.kind === "provider") return new Set(doc.regions.filter((r) => r.provider === outage.provider).map((r) => r.id));
  const region = doc.regions.find((r) => r.id === outage.id);
  if (!region) return new Set();
  // Document regions in the same cloud region fail together.
  return new Set(doc.regions.filter((r) => r.provider === region.provider && r.region === region.region).map((r) => r.id));
}

import { PROVIDER_LABELS, PROVIDERS, type Provider, type TopologyDocument } from "@/lib/domain/schema";
import { regionLabel } from "./region-label";

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

export interface OutageChoiceGroup {
  label: string;
  options: { value: string; label: string }[];
}

/** The outage selector's options: each provider's regions in a group of their own, then whole providers when there are several. */
export function outageChoices(doc: TopologyDocument): OutageChoiceGroup[] {
  const providers = PROVIDERS.filter((p) => doc.regions.some((r) => r.provider === p));
  const groups: OutageChoiceGroup[] = providers.map((p) => ({
    label: `Lose a region in ${PROVIDER_LABELS[p]}`,
    options: doc.regions.filter((r) => r.provider === p).map((r) => ({ value: outageValue({ kind: "region", id: r.id }), label: regionLabel(r) })),
  }));
  if (providers.length > 1) {
    groups.push({
      label: "Lose a provider",
      options: providers.map((p) => ({ value: outageValue({ kind: "provider", provider: p }), label: PROVIDER_LABELS[p] })),
    });
  }
  return groups;
}

/** An outage as a <select> value; "" is none. */
export function outageValue(outage: Outage | null): string {
  if (!outage) return "";
  return outage.kind === "region" ? `region:${outage.id}` : `provider:${outage.provider}`;
}

export function parseOutageValue(value: string): Outage | null {
  const colon = value.indexOf(":");
  const kind = value.slice(0, colon);
  const id = value.slice(colon + 1);
  if (kind === "region" && id) return { kind: "region", id };
  if (kind === "provider" && (PROVIDERS as readonly string[]).includes(id)) return { kind: "provider", provider: id as Provider };
  return null;
}

// What a drill can fail in this design, for the drill form: each cloud region once (document regions sharing a
// cloud region fail together), each cloud of a multi-cloud design, each declared link, or a number of validators.

import { PROVIDER_LABELS, PROVIDERS, type TopologyDocument } from "@/lib/domain/schema";
import { regionKeyOf } from "@/lib/domain/region-key";
import type { DrillFailure } from "@/lib/domain/simulation";
import { regionLabel } from "@/components/designer/region-label";

export interface DrillChoiceGroup {
  label: string;
  options: { value: string; label: string; failure: DrillFailure }[];
}

export function drillChoices(doc: TopologyDocument, validatorsToStop: number): DrillChoiceGroup[] {
  const groups: DrillChoiceGroup[] = [];
  const providers = PROVIDERS.filter((p) => doc.regions.some((r) => r.provider === p));
  for (const provider of providers) {
    const seen = new Set<string>();
    const options: DrillChoiceGroup["options"] = [];
    for (const region of doc.regions) {
      if (region.provider !== provider) continue;
      const key = regionKeyOf(region);
      if (seen.has(key)) continue;
      seen.add(key);
      options.push({ value: `region:${key}`, label: regionLabel(region), failure: { kind: "region", regionKey: key } });
    }
    groups.push({ label: `Lose a region in ${PROVIDER_LABELS[provider]}`, options });
  }
  if (providers.length > 1) {
    groups.push({
      label: "Lose a cloud",
      options: providers.map((p) => ({ value: `provider:${p}`, label: `All of ${PROVIDER_LABELS[p]}`, failure: { kind: "provider", provider: p } })),
    });
  }
  if (doc.links.length > 0) {
    const name = (id: string) => doc.regions.find((r) => r.id === id)?.id ?? id;
    groups.push({
      label: "Lose a link",
      options: doc.links.map((l) => ({ value: `link:${l.id}`, label: `${l.kind} '${l.id}' (${name(l.from)} - ${name(l.to)})`, failure: { kind: "link", linkId: l.id } })),
    });
  }
  const count = Math.max(1, Math.floor(validatorsToStop));
  groups.push({
    label: "Lose validators",
    options: [{
      value: "validators",
      label: `${count} validator${count === 1 ? "" : "s"}, those due to propose next`,
      failure: { kind: "validators", count },
    }],
  });
  return groups;
}

/** Document regions the canvas greys at moment `atMs` of a drill: whole regions lost, never a link's ends. */
export function regionsDownAt(
  drill: { failure: DrillFailure; atMs: number; recoverAtMs?: number },
  regionIds: readonly string[],
  atMs: number,
): Set<string> {
  const whole = drill.failure.kind === "region" || drill.failure.kind === "provider";
  const down = atMs >= drill.atMs && (drill.recoverAtMs === undefined || atMs < drill.recoverAtMs);
  return new Set(whole && down ? regionIds : []);
}

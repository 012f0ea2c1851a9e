// The independent failures of a design: one per physical cloud region that can matter, one per cloud
// provider (its whole loss, correlated across its regions), and one per VPN between clouds.

import type { ConnectivityModel } from "../../net/connectivity";
import { regionsByCloudRegion } from "../../consensus/failure-domains";
import { PROVIDER_LABELS, type NodeGroup, type Provider, type TopologyDocument } from "../../schema";
import { MINUTES_PER_YEAR } from "./assumptions";
import { nodeGroupSla, weakerSla } from "./deployment-sla";
import { DEFAULT_CLOUD_AVAILABILITY, REGION_STAND_IN_SLA, VPN_GATEWAY_SLA, describeSla, type PublishedSla } from "./sla-data";
import type { AvailabilityBasis, AvailabilityOptions, EventEffect, FailureEvent } from "./types";

export interface EventSet {
  events: FailureEvent[];
  /** What each event takes down, by the same index. */
  effects: EventEffect[];
  /** Labels of cloud regions left out: no validators and no path between validators runs through them. */
  leftOut: string[];
}

type EventOptions = Pick<AvailabilityOptions, "cloudAvailability" | "regionAvailability" | "linkAvailability" | "includeLinks">;

function checkedProbability(value: number, what: string): number {
  if (!Number.isFinite(value) || value < 0 || value > 1) throw new RangeError(`${what} must be a probability between 0 and 1, got ${value}.`);
  return value;
}

const percent = (p: number) => `${+(p * 100).toFixed(4)}%`;

function overridden(value: number, what: string): { availabilityProbability: number; source: AvailabilityBasis } {
  const p = checkedProbability(value, `The availability of ${what}`);
  return { availabilityProbability: p, source: { kind: "override", text: `${percent(p)}, set for this run.`, figures: [] } };
}

function published(figures: PublishedSla[], lead: string): AvailabilityBasis {
  return { kind: "published", text: `${lead}${figures.map(describeSla).join(" ")}`, figures };
}

export function buildFailureEvents(
  doc: TopologyDocument,
  model: ConnectivityModel,
  validators: readonly number[],
  options: EventOptions = {},
): EventSet {
  const events: FailureEvent[] = [];
  const effects: EventEffect[] = [];
  const add = (event: FailureEvent, effect: EventEffect) => {
    events.push(event);
    effects.push(effect);
  };

  // Clouds first: enumeration settles the widest failures first and prunes sooner.
  const providers: Provider[] = [];
  for (const r of doc.regions) if (!providers.includes(r.provider)) providers.push(r.provider);
  for (const provider of providers) {
    const set = options.cloudAvailability?.[provider];
    const value =
      set !== undefined
        ? overridden(set, PROVIDER_LABELS[provider])
        : {
          availabilityProbability: DEFAULT_CLOUD_AVAILABILITY,
          source: {
            kind: "assumption" as const,
            text: `Losing all of ${PROVIDER_LABELS[provider]} at once: no provider publishes a rate; an editable assumption (about ${Math.round((1 - DEFAULT_CLOUD_AVAILABILITY) * MINUTES_PER_YEAR)} minutes a year).`,
            figures: [],
          },
        };
    const regions: number[] = [];
    doc.regions.forEach((r, i) => r.provider === provider && regions.push(i));
    add({ kind: "provider", id: provider, label: PROVIDER_LABELS[provider], ...value }, { regions });
  }

  // Physical regions: those holding validators, a Virtual WAN hub or a VPN gateway; any other region's loss
  // cannot cut a path between validators, so it cannot stop blocks.
  const carriesPaths = new Uint8Array(doc.regions.length);
  for (const f of model.fabrics) if (f.hub !== undefined) carriesPaths[f.hub] = 1;
  for (const c of model.crossings) carriesPaths[c.gateways[0]] = carriesPaths[c.gateways[1]] = 1;
  const physical = regionsByCloudRegion(doc);
  const groupsByRegion = new Map<string, NodeGroup[]>();
  for (const g of doc.nodeGroups) {
    const list = groupsByRegion.get(g.regionId);
    if (list) list.push(g);
    else groupsByRegion.set(g.regionId, [g]);
  }
  const leftOut: string[] = [];
  const regionEvents: { event: FailureEvent; effect: EventEffect; validators: number }[] = [];
  for (const [key, members] of physical) {
    const first = doc.regions[members[0]!]!;
    const ids = members.map((i) => doc.regions[i]!.id);
    const named = ids.filter((id) => id !== first.region);
    const label = `${PROVIDER_LABELS[first.provider]} ${first.region}${named.length ? ` (${ids.map((id) => `'${id}'`).join(", ")})` : ""}`;
    const held = members.reduce((sum, i) => sum + validators[i]!, 0);
    if (held === 0 && !members.some((i) => carriesPaths[i] === 1)) {
      leftOut.push(label);
      continue;
    }
    const set = options.regionAvailability?.[key];
    let value: { availabilityProbability: number; source: AvailabilityBasis };
    if (set !== undefined) value = overridden(set, label);
    else {
      const groups = ids.flatMap((id) => groupsByRegion.get(id) ?? []);
      const relied = held > 0 ? groups.filter((g) => g.role === "validator") : groups;
      let weakest = { sla: REGION_STAND_IN_SLA[first.provider], group: undefined as NodeGroup | undefined };
      relied.forEach((group, i) => {
        const sla = nodeGroupSla(group);
        if (i === 0 || weakerSla(weakest.sla, sla) !== weakest.sla) weakest = { sla, group };
      });
      const g = weakest.group;
      const shape = g ? `'${g.id}' (${g.deploymentType}, ${g.count} instance${g.count === 1 ? "" : "s"})` : "";
      const lead =
        held > 0 ? `The weakest deployment its validators run on, ${shape}: `
        : g ? `No validators; it carries a path between them. The weakest deployment it runs, ${shape}: `
        : "No node groups; it carries a path between validators. Standing in for the region: ";
      value = { availabilityProbability: weakest.sla.availabilityProbability, source: published([weakest.sla], lead) };
    }
    regionEvents.push({ event: { kind: "region", id: key, label, ...value }, effect: { regions: members }, validators: held });
  }
  regionEvents.sort((a, b) => b.validators - a.validators);
  for (const r of regionEvents) add(r.event, r.effect);

  if (options.includeLinks !== false) {
    for (const c of model.crossings) {
      const [a, b] = c.ends.map((i) => doc.regions[i]!);
      const label = `VPN '${c.id}' (${a!.id} - ${b!.id})`;
      const set = options.linkAvailability?.[c.id];
      const sides = [VPN_GATEWAY_SLA[a!.provider], VPN_GATEWAY_SLA[b!.provider]];
      const value =
        set !== undefined
          ? overridden(set, label)
          : {
            availabilityProbability: sides[0]!.availabilityProbability * sides[1]!.availabilityProbability,
            source: published(sides, "Up when the gateways on both sides are (their figures multiply): "),
          };
      add({ kind: "link", id: c.id, label, ...value }, { regions: [], crossing: c.id });
    }
  }
  return { events, effects, leftOut };
}

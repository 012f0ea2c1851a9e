// The running network while a plan executes: which validators are in the set and online, which regions and
// links exist, and whose topology settings join them. The chain's state at any moment comes from the one
// connectivity model (net/connectivity) and the consensus quorum, as the failure-domain analysis computes it.

import { classifyFromCatalog, quorumSize, validatorConnectivity } from "../../consensus";
import { buildConnectivity, type ConnectivityModel } from "../../net/connectivity";
import type { Link, Region, TopologyDocument } from "../../schema";
import { validatorSlots } from "./slots";
import type { ChainState, StepEffects, ValidatorSlot } from "./types";

interface World {
  readonly inSet: ReadonlySet<string>;
  readonly online: ReadonlySet<string>;
  readonly regionIds: readonly string[];
  /** Links by id, in the version that is deployed. */
  readonly links: ReadonlyMap<string, Link>;
  readonly paths: "from" | "to";
}

export interface FleetSimulator {
  /** The chain as it stands. */
  current(): ChainState;
  /** The chain during and after `effects`, without applying them. */
  preview(effects: StepEffects): { during: ChainState; after: ChainState };
  apply(effects: StepEffects): { during: ChainState; after: ChainState };
  /** Keys of validators in the set and online, in slot order. */
  activeValidators(): string[];
}

/** Less room over quorum is worse; a chain that produces nothing is worst. */
export function worse(a: ChainState, b: ChainState): ChainState {
  const margin = (s: ChainState) => (s.producing ? s.validatorsConnected - s.quorum : -Infinity);
  return margin(b) < margin(a) ? b : a;
}

export function createSimulator(from: TopologyDocument, to: TopologyDocument, slots: readonly ValidatorSlot[]): FleetSimulator {
  // The running chain's consensus: a plan never changes it (a change of engine is refused).
  const consensus = from.network.consensus;
  const regionById = new Map<string, Region>([...to.regions, ...from.regions].map((r) => [r.id, r]));
  const linkAfter = new Map(to.links.map((l) => [l.id, l]));
  const slotByKey = new Map(slots.map((s) => [s.key, s]));
  const initial = new Set(validatorSlots(from).map((s) => s.key));
  const models = new Map<string, ConnectivityModel>();

  let world: World = {
    inSet: initial, online: initial, regionIds: from.regions.map((r) => r.id), links: new Map(from.links.map((l) => [l.id, l])), paths: "from",
  };

  function model(w: World, absentLinks: ReadonlySet<string>): ConnectivityModel {
    const links = [...w.links.values()].filter((l) => !absentLinks.has(l.id));
    const signature = `${w.paths}|${w.regionIds.join(",")}|${links.map((l) => `${l.id}:${l.from}:${l.to}:${l.kind}`).join(",")}`;
    let m = models.get(signature);
    if (!m) {
      const paths = w.paths === "to" ? to.network : from.network;
      const network = { ...to.network, topology: paths.topology, hubRegionId: paths.hubRegionId, crossRegionLatency: paths.crossRegionLatency };
      const doc: TopologyDocument = { ...to, network, regions: w.regionIds.map((id) => regionById.get(id)!), links };
      m = buildConnectivity(doc, classifyFromCatalog);
      models.set(signature, m);
    }
    return m;
  }

  function evaluate(w: World, down: ReadonlySet<string> = new Set(), absentLinks: ReadonlySet<string> = new Set()): ChainState {
    const index = new Map(w.regionIds.map((id, i) => [id, i]));
    const perRegion = w.regionIds.map(() => 0);
    let online = 0;
    for (const key of w.inSet) {
      if (!w.online.has(key) || down.has(key)) continue;
      online += 1;
      const i = index.get(slotByKey.get(key)!.regionId);
      if (i !== undefined) perRegion[i] = perRegion[i]! + 1;
    }
    const validatorsInSet = w.inSet.size;
    const quorum = quorumSize(consensus, validatorsInSet);
    const validatorsConnected = online === 0 ? 0 : validatorConnectivity(model(w, absentLinks), consensus, perRegion).connected;
    return { validatorsInSet, validatorsOnline: online, validatorsConnected, quorum, producing: validatorsInSet > 0 && validatorsConnected >= quorum };
  }

  function next(w: World, e: StepEffects): World {
    const inSet = new Set(w.inSet);
    const online = new Set(w.online);
    for (const k of e.start ?? []) online.add(k);
    for (const k of e.join ?? []) inSet.add(k);
    for (const k of e.leave ?? []) inSet.delete(k);
    for (const k of e.stop ?? []) online.delete(k);
    const removedRegions = new Set(e.regionsRemoved ?? []);
    const regionIds = [...w.regionIds.filter((id) => !removedRegions.has(id)), ...(e.regionsAdded ?? [])];
    const links = new Map(w.links);
    for (const id of e.linksRemoved ?? []) links.delete(id);
    for (const id of [...(e.linksAdded ?? []), ...(e.linksReplaced ?? [])]) links.set(id, linkAfter.get(id)!);
    return { inSet, online, regionIds, links, paths: e.switchPaths ? "to" : w.paths };
  }

  /** While a step runs the network is in its before or its after configuration, without the nodes it takes down. */
  function preview(e: StepEffects) {
    const after = next(world, e);
    const down = new Set(e.downDuring ?? []);
    const absent = new Set(e.linksReplaced ?? []);
    const during = worse(evaluate(world, down, absent), evaluate(after, down, absent));
    return { during, after: evaluate(after), world: after };
  }

  return {
    current: () => evaluate(world),
    preview: (e) => {
      const { during, after } = preview(e);
      return { during, after };
    },
    apply: (e) => {
      const { during, after, world: w } = preview(e);
      world = w;
      return { during, after };
    },
    activeValidators: () => slots.filter((s) => world.inSet.has(s.key) && world.online.has(s.key)).map((s) => s.key),
  };
}

// The context every rule shares: lookups over the document (document-index.ts) and derived models
// (connectivity, failure domains, round trips, cost), built once per validation in O(regions + node groups
// + links). For an edit of a validated document it is built from the previous context, reusing every lookup
// and model whose inputs the edit left alone.

import { analyzeFailureDomains } from "../consensus";
import { buildConnectivity } from "../net/connectivity";
import type { Region, TopologyDocument } from "../schema";
import { documentChange, type DocumentChange } from "./document-change";
import { indexDocument, reindexDocument, type DocumentIndex } from "./document-index";
import { MemoStore } from "./memo";
import { DEFAULT_SERVICES } from "./services";
import { TakenIds } from "./taken-ids";
import type { CostEstimateSummary, RoundTrip, RuleContext, RuleServices, ValidationOptions } from "./types";

/** A context with what it was built from, so the context of an edit can start from it. */
export interface ContextState {
  readonly doc: TopologyDocument;
  readonly ctx: RuleContext;
  readonly index: DocumentIndex;
  readonly memo: MemoStore;
}

const states = new WeakMap<RuleContext, ContextState>();

export function buildRuleContext(doc: TopologyDocument, options: ValidationOptions = {}): RuleContext {
  return contextState(doc, options).ctx;
}

/**
 * The context for `doc`. Given the state of a document it is an edit of (and optionally what changed),
 * lookups and models the edit did not touch are reused.
 */
export function contextState(doc: TopologyDocument, options: ValidationOptions, previous?: ContextState, change?: DocumentChange): ContextState {
  const services: RuleServices = { ...DEFAULT_SERVICES, ...options.services };
  const index = previous
    ? reindexDocument(previous.index, previous.doc, doc, services.getRegion, (change ?? documentChange(previous.doc, doc)).nodeGroups)
    : indexDocument(doc, services.getRegion);
  const memo = new MemoStore(previous?.memo);
  const { regionsById, regionIndex, regionInfo } = index.regions;
  const { groupsByRegion, groupIndex, groupsByRole } = index.groups;
  const { validatorsByRegion, validatorsPerRegion, validatorCount } = index.validators;

  const { topology, hubRegionId, consensus } = doc.network;
  const classify = (provider: Region["provider"], id: string) => services.getRegion(provider, id)?.classification;
  const connectivity = memo.get("connectivity", [doc.regions, doc.links, topology, hubRegionId, services.getRegion], () => buildConnectivity(doc, classify));
  const failureDomains = memo.get(
    "failure-domains", [connectivity, consensus, validatorsPerRegion, doc.regions, doc.links],
    () => analyzeFailureDomains(doc, { connectivity, validators: validatorsPerRegion }),
  );
  const rttBetween = memo.get("round-trips", [doc.regions, services.rtt, services.getRegion], () => roundTripTable(doc, index, services));
  const cost = () => memo.get(
    "cost", [services.priceTopology, doc.network, doc.regions, doc.nodeGroups, doc.links],
    (): CostEstimateSummary | undefined => services.priceTopology?.(doc),
  );
  const inDocument = (id: string) => regionsById.has(id) || groupIndex.has(id) || index.linkIds.has(id);

  const ctx: RuleContext = {
    ...(options.policy ? { policy: options.policy } : {}),
    services, regionsById, regionIndex, groupsByRegion, groupIndex, groupsByRole, regionInfo, validatorsByRegion, validatorsPerRegion,
    validatorCount, connectivity, failureDomains, rttBetween, cost,
    takenIds: () => new TakenIds(inDocument),
    memo: (key, inputs, compute) => memo.get(key, inputs, compute),
  };
  const state: ContextState = { doc, ctx, index, memo };
  states.set(ctx, state);
  return state;
}

/** The context of `next`, an edit of the document `ctx` was built for (a fix checked step by step). */
export function contextAfterEdit(ctx: RuleContext, next: TopologyDocument, options: ValidationOptions): RuleContext {
  return contextState(next, options, states.get(ctx)).ctx;
}

/**
 * Round trips are symmetric and asked for in hot loops: cached per unordered pair of document regions in a
 * flat table (at most 200 x 200), with each region's catalog reference built once.
 */
function roundTripTable(doc: TopologyDocument, index: DocumentIndex, services: RuleServices): RuleContext["rttBetween"] {
  const { regionIndex, regionInfo } = index.regions;
  const refs = doc.regions.map((r) => (regionInfo.has(r.id) ? { provider: r.provider, id: r.region } : undefined));
  const regionCount = doc.regions.length;
  const cache = new Array<RoundTrip | null | undefined>(regionCount * regionCount);
  return (a: string, b: string): RoundTrip | undefined => {
    const i = regionIndex.get(a);
    const j = regionIndex.get(b);
    if (i === undefined || j === undefined) return undefined;
    const slot = i < j ? i * regionCount + j : j * regionCount + i;
    let hit = cache[slot];
    if (hit === undefined) {
      const ra = refs[i];
      const rb = refs[j];
      hit = null;
      if (ra && rb) {
        try {
          hit = services.rtt(ra, rb);
        } catch {
          // An unknown pair: region.unknown reports it; latency checks skip it.
        }
      }
      cache[slot] = hit;
    }
    return hit ?? undefined;
  };
}

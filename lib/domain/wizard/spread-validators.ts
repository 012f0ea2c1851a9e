// How many validators, and how many in each region, so that no failure domain (a region, or a whole
// provider) holds more than n - quorum of them: then losing any one leaves a quorum. Pure arithmetic on
// the quorum rules; proposeTopology confirms the result with the failure-domain analysis.

import { minimumValidators, quorumSize } from "../consensus";
import type { Consensus, Provider } from "../schema";
import type { Tolerance } from "./answers";

/** Past this the search stops: a wizard default never needs more (3 regions need at most 9). */
export const MAX_PROPOSED_VALIDATORS = 64;

export interface ValidatorSpread {
  /** Validators per region, in the order of the regions given. */
  counts: number[];
  total: number;
  quorum: number;
  /** Whether the arithmetic meets the tolerance asked for. */
  met: boolean;
}

/** The most validators one failure domain may hold so that losing it leaves a quorum. */
export function domainLimit(consensus: Consensus, n: number): number {
  return n - quorumSize(consensus, n);
}

/** n split into k near-equal parts, larger parts first. */
export function evenSplit(n: number, k: number): number[] {
  return Array.from({ length: k }, (_, i) => Math.floor(n / k) + (i < n % k ? 1 : 0));
}

/** First across providers (in order of first appearance), then across each provider's regions. */
export function splitByProvider(n: number, providers: readonly Provider[]): number[] {
  const order = [...new Set(providers)];
  const counts = providers.map(() => 0);
  evenSplit(n, order.length).forEach((share, j) => {
    const members = providers.flatMap((p, i) => (p === order[j] ? [i] : []));
    evenSplit(share, members.length).forEach((c, k) => (counts[members[k]!] = c));
  });
  return counts;
}

/** Whether no region (and, when asked, no provider) holds more than the limit. */
export function fitsTolerance(consensus: Consensus, counts: readonly number[], providers: readonly Provider[], byProvider: boolean): boolean {
  const n = counts.reduce((a, b) => a + b, 0);
  const limit = domainLimit(consensus, n);
  if (counts.some((c) => c > limit)) return false;
  if (!byProvider) return true;
  const load = new Map<Provider, number>();
  providers.forEach((p, i) => load.set(p, (load.get(p) ?? 0) + counts[i]!));
  return [...load.values()].every((v) => v <= limit);
}

/**
 * The fewest failure domains over which validators can be spread so that any one may be lost: 3 for every
 * algorithm here (BFT lets a domain hold under a third, majority rules under a half), but derived from
 * the quorum rules rather than assumed.
 */
export function minimumDomains(consensus: Consensus): number {
  for (let d = 1; d <= 10; d++) {
    for (let n = minimumValidators(consensus); n <= MAX_PROPOSED_VALIDATORS; n++) {
      if (d * domainLimit(consensus, n) >= n) return d;
    }
  }
  return Infinity;
}

function search(consensus: Consensus, providers: readonly Provider[], from: number, spread: (n: number) => number[], byProvider: boolean) {
  for (let n = from; n <= MAX_PROPOSED_VALIDATORS; n++) {
    const counts = spread(n);
    if (fitsTolerance(consensus, counts, providers, byProvider)) return counts;
  }
  return undefined;
}

/**
 * The smallest spread that meets the tolerance, with at least the algorithm's minimum and one validator in
 * every chosen region (the user chose them for a reason). When it can't be met, the closest: for a cloud
 * outage, a spread that still survives any region; otherwise the minimum, spread evenly.
 * `regionProviders` holds each chosen region's provider, in region order.
 */
export function spreadValidators(consensus: Consensus, regionProviders: readonly Provider[], tolerance: Tolerance): ValidatorSpread {
  const providers = regionProviders;
  const k = providers.length;
  const from = Math.max(minimumValidators(consensus), k);
  const byRegion = (n: number) => evenSplit(n, k);
  const byProvider = (n: number) => splitByProvider(n, providers);
  const result = (counts: number[], met: boolean): ValidatorSpread => {
    const total = counts.reduce((a, b) => a + b, 0);
    return { counts, total, quorum: quorumSize(consensus, total), met };
  };

  if (tolerance === "none") return result(byRegion(from), true);
  if (tolerance === "provider") {
    const counts = search(consensus, providers, from, byProvider, true);
    if (counts) return result(counts, true);
  }
  // Region tolerance, or the closest to a provider tolerance: balanced by provider first keeps the
  // smaller cloud's loss survivable where that is possible.
  const regional = (tolerance === "provider" ? search(consensus, providers, from, byProvider, false) : undefined)
    ?? search(consensus, providers, from, byRegion, false);
  if (regional) return result(regional, tolerance === "region");
  return result(byRegion(from), false);
}

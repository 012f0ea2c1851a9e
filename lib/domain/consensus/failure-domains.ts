// Failure-domain analysis: for each thing that can fail at once (a region, a whole cloud provider, a VPN
// between clouds), does the chain keep producing blocks? It survives when some set of surviving validators
// that can exchange messages is at least the quorum. Which validators can is the connectivity model's
// answer (net/connectivity): BFT and Clique validators relay for each other; Raft's leader needs a direct
// path to a majority.

import { getRegion } from "../catalog";
import {
  buildConnectivity, joiningLinks, largestDirectReach, relayGroups, type ClassifyRegion, type ConnectivityModel, type Outage,
} from "../net/connectivity";
import { PROVIDER_LABELS, type Consensus, type Provider, type TopologyDocument } from "../schema";
import { crashTolerance, quorumSize } from "./quorum";
import { regionKeyOf } from "../region-key";

export type FailureDomainKind = "region" | "provider" | "link";

export interface FailureDomain {
  kind: FailureDomainKind;
  /** "azure:eastus" for a region (two document regions in one cloud region fail together), "aws", or a link id. */
  id: string;
  /** "Azure eastus", "AWS", "link 'x' (eastus - us-east-1)". */
  label: string;
  /** Document regions lost with this domain (for a link: its two ends, which stay up). */
  regionIds: string[];
  validatorsLost: number;
  /** Validators outside the domain, whether or not they can reach each other. */
  validatorsLeft: number;
  /** The most surviving validators that can all reach each other. */
  validatorsConnected: number;
  quorum: number;
  survives: boolean;
  /** Plain words: "3 of 7 validators left, quorum needs 5." */
  reason: string;
}

export interface FailureDomainAnalysis {
  consensus: Consensus;
  validators: number;
  quorum: number;
  /** Validators that may be offline while the rest still reach quorum. */
  tolerance: number;
  /** With nothing failed: can the validators that reach each other form a quorum? */
  baseline: {
    validatorsConnected: number;
    survives: boolean;
    /** Document region ids holding validators, one list per group that can reach each other. */
    partitions: string[][];
  };
  domains: FailureDomain[];
  /** The domain with the smallest margin (connected - quorum). Providers count only in multi-cloud designs. */
  worst: FailureDomain | undefined;
  summary: string;
}

export interface FailureDomainOptions {
  /** Region classification (for sovereign-cloud boundaries); defaults to the bundled catalog. */
  classify?: ClassifyRegion;
  /** Analyze the VPNs between clouds and the direct peerings beside a hub. Default true. */
  includeLinks?: boolean;
  /** The connectivity model already built for this document (the rule engine shares one). */
  connectivity?: ConnectivityModel;
  /** Evaluate just this domain (checking a proposed fix); `worst` and `summary` then cover only it. */
  only?: { kind: FailureDomainKind; id: string };
  /** Validators per region (`validatorsPerRegion(doc)`) when the caller already has them: saves a pass over the node groups. */
  validators?: readonly number[];
}

export const classifyFromCatalog: ClassifyRegion = (provider, id) => getRegion(provider, id)?.classification;

/** Validators per document region, by index in `doc.regions`. O(node groups). */
export function validatorsPerRegion(doc: TopologyDocument): number[] {
  const index = new Map<string, number>();
  doc.regions.forEach((r, i) => index.set(r.id, i));
  const counts = doc.regions.map(() => 0);
  for (const g of doc.nodeGroups) {
    if (g.role !== "validator") continue;
    const i = index.get(g.regionId);
    if (i !== undefined) counts[i] = counts[i]! + g.count;
  }
  return counts;
}

/** Document regions (by index) grouped by the cloud region they run in: each group fails as one. */
export function regionsByCloudRegion(doc: TopologyDocument): Map<string, number[]> {
  const physical = new Map<string, number[]>();
  doc.regions.forEach((r, i) => {
    const key = regionKeyOf(r);
    const members = physical.get(key);
    if (members) members.push(i);
    else physical.set(key, [i]);
  });
  return physical;
}

function regionLabel(provider: Provider, providerRegion: string, ids: string[]): string {
  const base = `${PROVIDER_LABELS[provider]} ${providerRegion}`;
  const named = ids.filter((id) => id !== providerRegion);
  return named.length === 0 ? base : `${base} (${ids.map((id) => `'${id}'`).join(", ")})`;
}

interface Connectivity {
  connected: number;
  partitions: number[][];
}

/**
 * Per region, the group of validator regions its nodes exchange consensus messages with under `outage`
 * (a representative region index), or -1. Regions without validators join the heaviest group they reach.
 */
export function validatorGroups(model: ConnectivityModel, validators: readonly number[], outage: Outage = {}): Int32Array {
  return relayGroups(model, (i) => validators[i]! > 0, outage, (i) => validators[i]!);
}

/**
 * The most validators that can exchange messages under `outage`, and the regions with validators per group
 * that can. Raft counts what one leader reaches directly; the others count relay groups.
 */
export function validatorConnectivity(
  model: ConnectivityModel,
  consensus: Consensus,
  validators: readonly number[],
  outage: Outage = {},
): Connectivity {
  const groups = validatorGroups(model, validators, outage);
  const byGroup = new Map<number, { sum: number; regions: number[] }>();
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    const v = validators[i]!;
    if (g < 0 || v === 0) continue;
    const entry = byGroup.get(g);
    if (entry) {
      entry.sum += v;
      entry.regions.push(i);
    } else byGroup.set(g, { sum: v, regions: [i] });
  }
  let connected = 0;
  const partitions: number[][] = [];
  for (const { sum, regions } of byGroup.values()) {
    connected = Math.max(connected, sum);
    partitions.push(regions);
  }
  if (consensus === "raft") connected = largestDirectReach(model, (i) => validators[i]! > 0, (i) => validators[i]!, outage);
  return { connected, partitions };
}

function reasonFor(left: number, connected: number, n: number, q: number): string {
  if (n === 0) return "There are no validators.";
  if (connected < left) {
    return `${left} of ${n} validators left, but at most ${connected} of them can reach each other; quorum needs ${q}.`;
  }
  return `${left} of ${n} validators left, quorum needs ${q}.`;
}

export function analyzeFailureDomains(doc: TopologyDocument, options: FailureDomainOptions = {}): FailureDomainAnalysis {
  const consensus = doc.network.consensus;
  const model = options.connectivity ?? buildConnectivity(doc, options.classify ?? classifyFromCatalog);
  const validators = options.validators ?? validatorsPerRegion(doc);
  const n = validators.reduce((a, b) => a + b, 0);
  const q = quorumSize(consensus, n);
  const regionCount = doc.regions.length;
  const base = validatorConnectivity(model, consensus, validators);

  // Only losing a region with validators, a Virtual WAN hub, or a link that joins validators nothing else
  // joins (or a VPN gateway of one) can cut a path between validators: any other loss leaves the baseline's
  // answer, so most regions and links need no analysis of their own. Raft's leader needs direct paths, so
  // there every link and gateway counts.
  const joining = consensus === "raft" ? undefined : joiningLinks(model, (i) => validators[i]! > 0);
  const pivotal = new Uint8Array(regionCount);
  validators.forEach((v, i) => void (v > 0 && (pivotal[i] = 1)));
  for (const f of model.fabrics) if (f.hub !== undefined) pivotal[f.hub] = 1;
  for (const c of model.crossings) if (!joining || joining.has(c.id)) pivotal[c.gateways[0]] = pivotal[c.gateways[1]] = 1;
  const cutsPaths = (outage: Outage) =>
    (outage.link !== undefined && (joining === undefined || joining.has(outage.link)))
    || (outage.lost !== undefined && outage.lost.some((lost, i) => lost === 1 && pivotal[i] === 1));

  const evaluate = (
    kind: FailureDomainKind,
    id: string,
    label: string,
    outage: Outage,
    regionIds: string[] = [],
  ): FailureDomain => {
    let validatorsLost = 0;
    if (outage.lost) for (let i = 0; i < regionCount; i++) if (outage.lost[i]) validatorsLost += validators[i]!;
    const validatorsLeft = n - validatorsLost;
    const connected = cutsPaths(outage) ? validatorConnectivity(model, consensus, validators, outage).connected : base.connected;
    const survives = n > 0 && connected >= q;
    return {
      kind, id, label, regionIds, validatorsLost, validatorsLeft, validatorsConnected: connected, quorum: q, survives,
      reason: reasonFor(validatorsLeft, connected, n, q),
    };
  };

  const baseline = {
    validatorsConnected: base.connected,
    survives: n > 0 && base.connected >= q,
    partitions: base.partitions.map((p) => p.map((i) => doc.regions[i]!.id)),
  };

  const domains: FailureDomain[] = [];
  const wanted = (kind: FailureDomainKind, id: string) => !options.only || (options.only.kind === kind && options.only.id === id);

  // Regions: document regions in the same cloud region share fate.
  for (const [key, members] of regionsByCloudRegion(doc)) {
    if (!wanted("region", key)) continue;
    const first = doc.regions[members[0]!]!;
    const ids = members.map((i) => doc.regions[i]!.id);
    const lost = new Uint8Array(regionCount);
    for (const i of members) lost[i] = 1;
    domains.push(evaluate("region", key, regionLabel(first.provider, first.region, ids), { lost }, ids));
  }

  // Providers, in order of first appearance.
  const providers: Provider[] = [];
  for (const r of doc.regions) if (!providers.includes(r.provider)) providers.push(r.provider);
  for (const provider of providers) {
    if (!wanted("provider", provider)) continue;
    const lost = new Uint8Array(regionCount);
    const ids: string[] = [];
    doc.regions.forEach((r, i) => {
      if (r.provider === provider) {
        lost[i] = 1;
        ids.push(r.id);
      }
    });
    domains.push(evaluate("provider", provider, PROVIDER_LABELS[provider], { lost }, ids));
  }

  // Links: every VPN between clouds and every peering beside a hub carries some path.
  if (options.includeLinks !== false) {
    const links: { id: string; a: number; b: number; also: string[] }[] = [
      ...model.crossings.map((c) => ({ id: c.id, a: c.ends[0], b: c.ends[1], also: c.linkIndexes.slice(1).map((i) => doc.links[i]!.id) })),
      ...model.directLinks.map((d) => ({ id: d.id, a: d.a, b: d.b, also: [] })),
    ];
    for (const l of links) {
      if (!wanted("link", l.id)) continue;
      const from = doc.regions[l.a]!.id;
      const to = doc.regions[l.b]!.id;
      const also = l.also.length > 0 ? `; with ${l.also.map((id) => `'${id}'`).join(", ")}` : "";
      domains.push(evaluate("link", l.id, `link '${l.id}' (${from} - ${to}${also})`, { link: l.id }, [from, to]));
    }
  }

  const multiCloud = providers.length > 1;
  const considered = domains.filter((d) => d.kind !== "provider" || multiCloud);
  let worst: FailureDomain | undefined;
  for (const d of considered) if (!worst || isWorse(d, worst)) worst = d;

  return {
    consensus,
    validators: n,
    quorum: q,
    tolerance: crashTolerance(consensus, n),
    baseline,
    domains,
    worst,
    summary: summarize(n, q, baseline, considered, worst, multiCloud ? undefined : providers[0]),
  };
}

/** Smaller margin over quorum is worse; on a tie, the domain that takes more validators with it. */
function isWorse(a: FailureDomain, b: FailureDomain): boolean {
  const margin = (d: FailureDomain) => d.validatorsConnected - d.quorum;
  return margin(a) < margin(b) || (margin(a) === margin(b) && a.validatorsLost > b.validatorsLost);
}

function summarize(
  n: number,
  q: number,
  baseline: FailureDomainAnalysis["baseline"],
  considered: FailureDomain[],
  worst: FailureDomain | undefined,
  onlyProvider: Provider | undefined,
): string {
  if (n === 0) return "No validators: the chain cannot produce blocks.";
  if (!baseline.survives) {
    return `The chain halts even with every region up: at most ${baseline.validatorsConnected} of ${n} validators can reach each other, quorum needs ${q}.`;
  }
  const singleCloud = onlyProvider ? ` As a single-cloud design it cannot survive losing ${PROVIDER_LABELS[onlyProvider]}.` : "";
  if (!worst) return `All ${n} validators can reach each other; quorum needs ${q}.`;
  const halting = considered.filter((d) => !d.survives);
  if (halting.length === 0) {
    const kinds = [...new Set(considered.map((d) => (d.kind === "provider" ? "cloud" : d.kind)))];
    const kindList = kinds.length > 1 ? `${kinds.slice(0, -1).join(", ")} or ${kinds[kinds.length - 1]}` : kinds[0];
    return `Survives losing any one ${kindList}; the closest call is losing ${worst.label}: ${worst.reason}${singleCloud}`;
  }
  const others = halting.length - 1;
  const more = others === 0 ? "" : ` ${others} other single failure${others === 1 ? "" : "s"} also halt${others === 1 ? "s" : ""} it.`;
  return `Losing ${worst.label} halts the chain: ${worst.reason}${more}`;
}

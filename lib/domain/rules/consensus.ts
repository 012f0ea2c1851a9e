// Consensus pack: enough validators, spread so that no single region, cloud or link halts the chain.

import {
  addsNoTolerance, analyzeFailureDomains, CONSENSUS_LABELS, crashTolerance, faultTolerance, isBft, minimumValidators,
  nextUsefulValidatorCount, validatorGroups, type FailureDomain,
} from "../consensus";
import type { Link, Region, TopologyDocument } from "../schema";
import { applyFix } from "./apply-fix";
import { defineRule } from "./define-rule";
import { freshId } from "../ids";
import { outageInputs } from "./outage-inputs";
import { rebalanceValidatorsFix } from "./rebalance-validators";
import type { Fix, FindingTarget, RuleContext } from "./types";
import { regionKeyOf } from "../region-key";

export const validatorsBelowMinimum = defineRule(
  {
    code: "consensus.validators.below-minimum", pack: "consensus", severity: "error",
    description: "Enough validators to tolerate one faulty or offline validator: 4 for QBFT/IBFT 2.0/Istanbul, 3 for Clique and Raft.",
    inputs: (doc, ctx) => [doc.network, ctx.validatorCount, ctx.groupsByRole.get("validator")],
  },
  (doc, ctx, emit) => {
    const { consensus } = doc.network;
    const n = ctx.validatorCount;
    const minimum = minimumValidators(consensus);
    if (n === 0 || n >= minimum) return; // zero is core.validators.none
    // Raise the smallest validator group: it keeps the validators as spread as they are.
    let smallest = -1;
    for (const i of ctx.groupsByRole.get("validator") ?? []) {
      if (smallest < 0 || doc.nodeGroups[i]!.count < doc.nodeGroups[smallest]!.count) smallest = i;
    }
    const group = doc.nodeGroups[smallest]!;
    const raised = group.count + minimum - n;
    emit({
      target: { kind: "nodeGroup", id: group.id },
      message: `${n} ${CONSENSUS_LABELS[consensus]} validator${n === 1 ? "" : "s"} can't tolerate a single ${isBft(consensus) ? "faulty" : "offline"} validator; ${CONSENSUS_LABELS[consensus]} needs at least ${minimum}.`,
      fix: { label: `Raise '${group.id}' to ${raised} validators`, patches: [{ op: "replace", path: ["nodeGroups", smallest, "count"], value: raised }] },
    });
  },
);

export const validatorsNoAddedTolerance = defineRule(
  {
    code: "consensus.validators.no-added-tolerance", pack: "consensus", severity: "info",
    description: "A validator count that tolerates no more faults than one fewer (BFT counts other than 3f+1; even Clique/Raft counts).",
    inputs: (doc, ctx) => [doc.network, ctx.validatorCount],
  },
  (doc, ctx, emit) => {
    const { consensus } = doc.network;
    const n = ctx.validatorCount;
    if (n < minimumValidators(consensus) || !addsNoTolerance(consensus, n)) return;
    const f = faultTolerance(consensus, n);
    const next = nextUsefulValidatorCount(consensus, n);
    const label = CONSENSUS_LABELS[consensus];
    const message = isBft(consensus)
      ? `${n} ${label} validators tolerate ${f} Byzantine fault${f === 1 ? "" : "s"}, as ${n - 1} do (${crashTolerance(consensus, n)} may be offline); ${next} would tolerate ${f + 1}.`
      : `${n} ${label} validators tolerate ${f} offline, as ${n - 1} do; ${next} would tolerate ${f + 1}.`;
    emit({ target: { kind: "network", field: "consensus" }, message });
  },
);

/**
 * Each proposed fix re-runs the analysis on the patched document; past this many findings per rule the
 * rest are reported without a fix, so a pathological design can't stall the editor.
 */
export const FIXES_PER_RULE = 12;

/** Region and provider outages: report only when the intact network works and has validators. */
function outageApplies(ctx: RuleContext): boolean {
  return ctx.validatorCount > 0 && ctx.failureDomains.baseline.survives;
}

/**
 * When the validators are split only because clouds are not linked, the outage question still matters: the
 * region and cloud outages of the same design with every validator region linked to every other (across
 * clouds of one sovereign cloud). The answer says what linking alone cannot fix.
 */
function outagesOnceLinked(doc: TopologyDocument, ctx: RuleContext): FailureDomain[] {
  if (ctx.validatorCount === 0 || ctx.failureDomains.baseline.survives || ctx.validatorCount < ctx.failureDomains.quorum) return [];
  // Shared by the region and provider rules, and kept while the design's validators and network stay as they are.
  const inputs = [ctx.failureDomains, ctx.validatorsPerRegion, doc.network, doc.regions, doc.links, ctx.services.getRegion];
  return ctx.memo("consensus.outages-once-linked", inputs, () => {
    const model = ctx.connectivity;
    const holders = doc.regions.flatMap((r, i) => ((ctx.validatorsByRegion.get(r.id) ?? 0) > 0 ? [i] : []));
    const taken = ctx.takenIds();
    const links: Link[] = [];
    for (const a of holders) {
      for (const b of holders) {
        if (a >= b || model.fabricOf[a] === model.fabricOf[b] || model.cloudOf[a] !== model.cloudOf[b]) continue;
        links.push({ id: freshId(`assumed-${doc.regions[a]!.id}-${doc.regions[b]!.id}`, taken), from: doc.regions[a]!.id, to: doc.regions[b]!.id, kind: "vpn" });
      }
    }
    const classify = (p: Region["provider"], id: string) => ctx.services.getRegion(p, id)?.classification;
    const linked = analyzeFailureDomains(
      { ...doc, links: [...doc.links, ...links] }, { classify, includeLinks: false, validators: ctx.validatorsPerRegion },
    );
    return linked.baseline.survives ? linked.domains.filter((d) => !d.survives) : [];
  });
}

function domainTarget(ctx: RuleContext, domain: FailureDomain): FindingTarget {
  // The region in the domain with the most validators is what the user has to change.
  let best: string | undefined;
  for (const id of domain.regionIds) {
    if (best === undefined || (ctx.validatorsByRegion.get(id) ?? 0) > (ctx.validatorsByRegion.get(best) ?? 0)) best = id;
  }
  return best === undefined ? { kind: "document" } : { kind: "region", id: best };
}

/**
 * When losing a domain leaves enough validators but splits them: a link between the busiest regions of the
 * two largest surviving groups (same sovereign cloud only), if that restores a quorum.
 */
function bridgeSurvivorsFix(doc: TopologyDocument, ctx: RuleContext, domain: FailureDomain): Fix | undefined {
  if (domain.validatorsConnected >= domain.validatorsLeft) return undefined;
  const lost = new Set(domain.regionIds);
  const mask = new Uint8Array(doc.regions.map((r) => (lost.has(r.id) ? 1 : 0)));
  const components = validatorGroups(ctx.connectivity, ctx.validatorsPerRegion, { lost: mask });
  const groups = new Map<number, { validators: number; busiest: number }>();
  doc.regions.forEach((r, i) => {
    const c = components[i]!;
    const v = ctx.validatorsByRegion.get(r.id) ?? 0;
    if (c < 0 || v === 0) return;
    const g = groups.get(c);
    if (!g) groups.set(c, { validators: v, busiest: i });
    else {
      g.validators += v;
      if (v > (ctx.validatorsByRegion.get(doc.regions[g.busiest]!.id) ?? 0)) g.busiest = i;
    }
  });
  const [first, second] = [...groups.values()].sort((a, b) => b.validators - a.validators);
  if (!first || !second || ctx.connectivity.cloudOf[first.busiest] !== ctx.connectivity.cloudOf[second.busiest]) return undefined;
  const from = doc.regions[second.busiest]!.id;
  const to = doc.regions[first.busiest]!.id;
  const link: Link = { id: freshId(`${from}-${to}`, ctx.takenIds()), from, to, kind: "peering" };
  const fix: Fix = { label: `Link ${from} to ${to} so they don't depend on ${domain.label}`, patches: [{ op: "add", path: ["links", doc.links.length], value: link }] };
  return survivesAfter(doc, ctx, domain, fix) ? fix : undefined;
}

/** For fixes that add a link or change the topology: the node groups, and so the validators per region, stay. */
function survivesAfter(doc: TopologyDocument, ctx: RuleContext, domain: FailureDomain, fix: Fix): boolean {
  const classify = (p: Region["provider"], id: string) => ctx.services.getRegion(p, id)?.classification;
  const after = analyzeFailureDomains(applyFix(doc, fix), { classify, only: { kind: domain.kind, id: domain.id }, validators: ctx.validatorsPerRegion });
  return after.domains[0]?.survives ?? false;
}

/** For a hub-spoke network that falls apart without its hub: meshing the regions, if that saves it. */
function meshInsteadFix(doc: TopologyDocument, ctx: RuleContext, domain: FailureDomain): Fix | undefined {
  if (doc.network.topology !== "hub-spoke") return undefined;
  const fix: Fix = {
    label: "Switch to a mesh topology so spokes reach each other without the hub",
    patches: [{ op: "replace", path: ["network", "topology"], value: "mesh" }],
  };
  return survivesAfter(doc, ctx, domain, fix) ? fix : undefined;
}

/** How many regions n validators need so that no single region holds more than n - q of them. */
function spreadAdvice(n: number, quorum: number): string {
  const limit = n - quorum;
  if (limit <= 0) return `${n} validators can't lose any; add validators and regions.`;
  return `To survive a region outage no region may hold more than ${limit} of the ${n} validators: that takes at least ${Math.ceil(n / limit)} regions.`;
}

/** What would let the chain survive this domain's loss; `domains` is how many of its kind the design has. */
function outageHint(domain: FailureDomain, n: number, domains: number): string {
  const limit = n - domain.quorum;
  if (domain.validatorsConnected < domain.validatorsLeft) return " Add links so the other regions still reach each other without it.";
  if (limit <= 0) return ` With ${n} validators, no validator can be lost.`;
  const noun = domain.kind === "provider" ? "cloud" : "region";
  const needed = Math.ceil(n / limit);
  // Moving validators cannot help when there are too few places to spread them over.
  const more =
    noun === "cloud" && needed > 3
      ? ` That takes ${needed} clouds, more than there are: run 6 validators instead, 2 on each of three clouds.`
      : needed > domains
        ? ` That takes at least ${needed} ${noun}s and this design has ${domains}: add ${needed - domains === 1 ? "another" : `${needed - domains} more`}.`
        : "";
  return ` No single ${noun} may hold more than ${limit} of the ${n} validators.${more}`;
}

export const regionOutageHalts = defineRule(
  {
    code: "consensus.region-outage.halts", pack: "consensus", severity: "error",
    description: "Losing any one region must leave a connected quorum of validators (a warning when the whole design is one region).",
    inputs: outageInputs,
  },
  (doc, ctx, emit) => {
    if (!outageApplies(ctx)) {
      const physical = new Set(doc.regions.map((r) => regionKeyOf(r))).size;
      for (const domain of outagesOnceLinked(doc, ctx)) {
        if (domain.kind !== "region" || physical < 2) continue;
        emit({ target: domainTarget(ctx, domain), message: `Even once every cloud is linked, losing ${domain.label} halts the chain: ${domain.reason}${outageHint(domain, ctx.validatorCount, doc.regions.length)}` });
      }
      return;
    }
    const regionDomains = ctx.failureDomains.domains.filter((d) => d.kind === "region");
    const singleRegion = regionDomains.length === 1;
    let fixes = 0;
    for (const domain of regionDomains) {
      if (domain.survives) continue;
      const tryFix = !singleRegion && fixes++ < FIXES_PER_RULE;
      emit({
        target: domainTarget(ctx, domain),
        severity: singleRegion ? "warning" : "error",
        message: singleRegion
          ? `The whole network runs in ${domain.label}: losing it halts the chain. ${spreadAdvice(ctx.validatorCount, domain.quorum)}`
          : `Losing ${domain.label} halts the chain: ${domain.reason}${outageHint(domain, ctx.validatorCount, doc.regions.length)}`,
        fix: tryFix
          ? rebalanceValidatorsFix(doc, ctx, domain, (r) => regionKeyOf(r)) ?? bridgeSurvivorsFix(doc, ctx, domain) ?? meshInsteadFix(doc, ctx, domain)
          : undefined,
      });
    }
  },
);

export const providerOutageHalts = defineRule(
  {
    code: "consensus.provider-outage.halts", pack: "consensus", severity: "warning",
    description: "A multi-cloud design should survive losing any one cloud provider (an error when the org policy requires it).",
    inputs: outageInputs,
  },
  (doc, ctx, emit) => {
    const required = ctx.policy?.requiredTolerance === "provider";
    if (!outageApplies(ctx)) {
      if (new Set(doc.regions.map((r) => r.provider)).size < 2) return;
      for (const domain of outagesOnceLinked(doc, ctx)) {
        if (domain.kind !== "provider") continue;
        emit({
          target: domainTarget(ctx, domain),
          severity: required ? "error" : "warning",
          message: `Even once every cloud is linked, losing ${domain.label} halts the chain: ${domain.reason}${outageHint(domain, ctx.validatorCount, new Set(doc.regions.map((r) => r.provider)).size)}`,
        });
      }
      return;
    }
    const providerDomains = ctx.failureDomains.domains.filter((d) => d.kind === "provider");
    if (providerDomains.length < 2 && !required) return;
    for (const domain of providerDomains) {
      if (domain.survives) continue;
      const policyNote = required ? " Your organisation's policy requires surviving a provider outage." : "";
      emit({
        target: domainTarget(ctx, domain),
        severity: required ? "error" : "warning",
        message: providerDomains.length < 2
          ? `Every validator runs on ${domain.label}: losing it halts the chain.${policyNote}`
          : `Losing ${domain.label} halts the chain: ${domain.reason}${outageHint(domain, ctx.validatorCount, new Set(doc.regions.map((r) => r.provider)).size)}${policyNote}`,
        fix: providerDomains.length > 1 ? rebalanceValidatorsFix(doc, ctx, domain, (r) => r.provider) ?? bridgeSurvivorsFix(doc, ctx, domain) : undefined,
      });
    }
  },
);

export const linkOutageHalts = defineRule(
  {
    code: "consensus.link-outage.halts", pack: "consensus", severity: "warning",
    description: "No single declared link should be the only path between two halves of the validators.",
    inputs: outageInputs,
  },
  (doc, ctx, emit) => {
    if (!outageApplies(ctx)) return;
    let fixes = 0;
    const linksById = new Map<string, Link>();
    for (const l of doc.links) if (!linksById.has(l.id)) linksById.set(l.id, l);
    for (const domain of ctx.failureDomains.domains) {
      if (domain.kind !== "link" || domain.survives) continue;
      const link = linksById.get(domain.id);
      if (!link) continue;
      emit({
        target: { kind: "link", id: link.id },
        message: `Losing ${domain.label} halts the chain: ${domain.reason} It is the only path between the two sides.`,
        fix: fixes++ < FIXES_PER_RULE ? secondPathFix(doc, ctx, domain, link) : undefined,
      });
    }
  },
);

/**
 * A second VPN between the same two clouds that does not share this link's gateways (a link between the
 * same two regions would be the same VPN): between the regions with the most validators on each side.
 */
function secondPathFix(doc: TopologyDocument, ctx: RuleContext, domain: FailureDomain, link: Link): Fix | undefined {
  const model = ctx.connectivity;
  const crossing = model.crossings.find((c) => c.id === link.id);
  if (!crossing) return undefined;
  const weight = (i: number) => ctx.validatorsByRegion.get(doc.regions[i]!.id) ?? 0;
  const gatewayOf = (i: number) => model.fabrics[model.fabricOf[i]!]!.hub ?? i;
  const [fa, fb] = crossing.ends.map((e) => model.fabrics[model.fabricOf[e]!]!);
  const candidates: [number, number][] = [];
  for (const a of fa!.regions) {
    for (const b of fb!.regions) {
      if (weight(a) === 0 || weight(b) === 0) continue;
      const same = (gatewayOf(a) === crossing.gateways[0] && gatewayOf(b) === crossing.gateways[1]);
      if (!same) candidates.push([a, b]);
    }
  }
  // Ends apart from the first link's first (losing one region should not take both), then most validators.
  const disjoint = ([a, b]: [number, number]) => (crossing.ends.includes(a) || crossing.ends.includes(b) ? 0 : 1);
  candidates.sort((x, y) => disjoint(y) - disjoint(x) || weight(y[0]) + weight(y[1]) - weight(x[0]) - weight(x[1]));
  for (const [a, b] of candidates.slice(0, 3)) {
    const from = doc.regions[a]!;
    const to = doc.regions[b]!;
    const second: Link = { id: freshId(`${from.id}-${to.id}`, ctx.takenIds()), from: from.id, to: to.id, kind: "vpn" };
    const fix: Fix = { label: `Add a VPN between ${from.id} and ${to.id} as a second path`, patches: [{ op: "add", path: ["links", doc.links.length], value: second }] };
    if (survivesAfter(doc, ctx, domain, fix)) return fix;
  }
  return undefined;
}

export const CONSENSUS_RULES = [
  validatorsBelowMinimum, validatorsNoAddedTolerance, regionOutageHalts, providerOutageHalts, linkOutageHalts,
];

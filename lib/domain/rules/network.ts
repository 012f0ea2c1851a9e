// Network pack: address spaces, topology shape, sovereign-cloud boundaries and whether the regions that
// hold nodes can reach the validators (connectivity model: net/connectivity).

import { analyzeFailureDomains, validatorGroups } from "../consensus";
import { deploymentKindIn, equivalentDeploymentType } from "../cost";
import { relayGroups } from "../net/connectivity";
import { dialledFromElsewhere } from "../net/p2p-exposure";
import { applyFix } from "./apply-fix";
import { PROVIDER_LABELS, type Link, type Region, type TopologyDocument } from "../schema";
import { defineElementRule, defineRule } from "./define-rule";
import { firstFreeBlock, formatCidr, overlaps, parseCidr, type Ipv4Range } from "../net/ipv4";
import { listNames, plural, regionName } from "./labels";
import { freshId } from "../ids";
import type { Fix, RuleContext } from "./types";

/** Largest sensible full mesh: n(n-1)/2 peerings grow fast (10 regions: 45). */
export const MESH_REGION_LIMIT = 10;

export const cidrInvalid = defineElementRule(
  "region",
  {
    code: "network.cidr.invalid", pack: "network", severity: "error",
    description: "A region's address space must hold its subnets: the subnet prefix can't be shorter than the network's.",
  },
  (r, i, _doc, _ctx, emit) => {
    const range = parseCidr(r.cidr);
    if (!range) {
      emit({ target: { kind: "region", id: r.id }, message: `Region ${regionName(r)} has '${r.cidr}', which is not an IPv4 CIDR.` });
      return;
    }
    if (r.subnetPrefix >= range.prefix) return;
    const subnetPrefix = Math.min(29, Math.max(range.prefix, 24));
    emit({
      target: { kind: "region", id: r.id },
      message: `Region ${regionName(r)} has a /${range.prefix} network but /${r.subnetPrefix} subnets, which are larger than the network.`,
      fix: subnetPrefix >= range.prefix
        ? { label: `Use /${subnetPrefix} subnets`, patches: [{ op: "replace", path: ["regions", i, "subnetPrefix"], value: subnetPrefix }] }
        : undefined,
    });
  },
);

export const cidrMisaligned = defineElementRule(
  "region",
  {
    code: "network.cidr.misaligned", pack: "network", severity: "warning",
    description: "A CIDR should name its network address (no host bits set), or clouds reject or silently change it.",
  },
  (r, i, _doc, _ctx, emit) => {
    const range = parseCidr(r.cidr);
    if (!range || range.address === range.start) return;
    const aligned = formatCidr(range.start, range.prefix);
    emit({
      target: { kind: "region", id: r.id },
      message: `Region ${regionName(r)} has ${r.cidr}, which has host bits set; the network it names is ${aligned}.`,
      fix: { label: `Use ${aligned}`, patches: [{ op: "replace", path: ["regions", i, "cidr"], value: aligned }] },
    });
  },
);

export const cidrOverlap = defineRule(
  {
    code: "network.cidr.overlap", pack: "network", severity: "error",
    description: "Regions' address spaces must not overlap, or they can't be peered or routed to each other.",
    inputs: (doc) => [doc.regions],
  },
  (doc, _ctx, emit) => {
    const ranges = doc.regions.map((r) => parseCidr(r.cidr));
    const taken = ranges.filter((x): x is Ipv4Range => x !== undefined);
    const freeByPrefix = new Map<number, string | undefined>();
    // One finding per region that overlaps an earlier one; O(regions^2) pairs, at most 200 regions.
    for (let j = 1; j < doc.regions.length; j++) {
      const b = ranges[j];
      if (!b) continue;
      const clashes: number[] = [];
      for (let i = 0; i < j; i++) if (ranges[i] && overlaps(ranges[i]!, b)) clashes.push(i);
      if (clashes.length === 0) continue;
      const rb = doc.regions[j]!;
      const ra = doc.regions[clashes[0]!]!;
      if (!freeByPrefix.has(b.prefix)) freeByPrefix.set(b.prefix, firstFreeBlock(b.prefix, taken));
      const free = freeByPrefix.get(b.prefix);
      const more = clashes.length > 1 ? ` and ${clashes.length - 1} other region${clashes.length === 2 ? "" : "s"}` : "";
      emit({
        target: { kind: "region", id: rb.id },
        message: `Region ${regionName(rb)} (${rb.cidr}) overlaps region ${regionName(ra)} (${ra.cidr})${more}; peered networks need distinct address spaces.`,
        fix: free ? { label: `Give ${rb.id} ${free}`, patches: [{ op: "replace", path: ["regions", j, "cidr"], value: free }] } : undefined,
      });
    }
  },
);

export const hubMissing = defineRule(
  {
    code: "network.hub-spoke.hub-missing", pack: "network", severity: "error",
    description: "A hub-spoke network needs a hub region that is in the document.",
    inputs: (doc) => [doc.network, doc.regions],
  },
  (doc, ctx, emit) => {
    const { topology, hubRegionId } = doc.network;
    if (topology !== "hub-spoke" || (hubRegionId !== undefined && ctx.regionsById.has(hubRegionId))) return;
    const candidate = doc.regions.find((r) => r.primary) ?? doc.regions[0];
    emit({
      target: { kind: "network", field: "hubRegionId" },
      message: hubRegionId === undefined
        ? "The topology is hub-spoke but no hub region is set."
        : `The hub region '${hubRegionId}' is not in this document.`,
      fix: candidate && { label: `Make ${regionName(candidate)} the hub`, patches: [{ op: "replace", path: ["network", "hubRegionId"], value: candidate.id }] },
    });
  },
);

export const meshTooLarge = defineRule(
  {
    code: "network.mesh.too-many-peerings", pack: "network", severity: "warning",
    description: `A full mesh of more than ${MESH_REGION_LIMIT} regions needs n(n-1)/2 peerings; hub-spoke scales better.`,
    inputs: (doc, ctx) => [doc.network, doc.regions, doc.links, ctx.validatorsByRegion, ctx.failureDomains],
  },
  (doc, ctx, emit) => {
    const n = doc.regions.length;
    if (doc.network.topology !== "mesh" || n <= MESH_REGION_LIMIT) return;
    const hub = doc.regions.find((r) => r.primary)
      ?? doc.regions.reduce((best, r) => ((ctx.validatorsByRegion.get(r.id) ?? 0) > (ctx.validatorsByRegion.get(best.id) ?? 0) ? r : best));
    const fix: Fix = {
      label: `Switch to hub-spoke with ${regionName(hub)} as the hub`,
      patches: [
        { op: "replace", path: ["network", "topology"], value: "hub-spoke" },
        { op: doc.network.hubRegionId === undefined ? "add" : "replace", path: ["network", "hubRegionId"], value: hub.id },
      ],
    };
    // Spokes reach each other only through the hub: offer the switch only if no outage the mesh survives halts it.
    const safe = noNewOutages(doc, ctx, fix);
    emit({
      target: { kind: "network", field: "topology" },
      message: `A full mesh of ${n} regions needs ${(n * (n - 1)) / 2} peerings to build, pay for and keep in sync; consider hub-spoke above ${MESH_REGION_LIMIT} regions.${safe ? "" : ` Hub-spoke through ${hub.id} would make losing it halt the chain (spokes reach each other only through the hub), so add validators or links that survive that first.`}`,
      fix: safe ? fix : undefined,
    });
  },
);

/** Whether every failure domain that the document survives is still survived once `fix` is applied. */
function noNewOutages(doc: TopologyDocument, ctx: RuleContext, fix: Fix): boolean {
  const classify = (p: Region["provider"], id: string) => ctx.services.getRegion(p, id)?.classification;
  // The fix changes the topology only: the validators per region stay.
  const after = analyzeFailureDomains(applyFix(doc, fix), { classify, validators: ctx.validatorsPerRegion });
  if (ctx.failureDomains.baseline.survives && !after.baseline.survives) return false;
  const survivedBefore = new Set(ctx.failureDomains.domains.filter((d) => d.survives).map((d) => `${d.kind}|${d.id}`));
  return after.domains.every((d) => d.survives || !survivedBefore.has(`${d.kind}|${d.id}`));
}

function cloudName(ctx: RuleContext, region: Region): string {
  const classification = ctx.regionInfo.get(region.id)?.classification ?? "commercial";
  return classification === "commercial" ? "commercial" : `${PROVIDER_LABELS[region.provider]} ${classification}`;
}

export const sovereignBoundary = defineRule(
  {
    code: "network.sovereign-boundary", pack: "network", severity: "error",
    description: "Sovereign clouds (gov, dod, china) can't peer or link with commercial regions or with each other.",
    inputs: (doc, ctx) => [doc.network, doc.regions, doc.links, ctx.validatorsByRegion],
  },
  (doc, ctx, emit) => {
    const indexOf = ctx.regionIndex;
    const cloudOf = (id: string) => ctx.connectivity.cloudOf[indexOf.get(id) ?? -1];

    // Declared links across a boundary.
    doc.links.forEach((l, i) => {
      const a = ctx.regionsById.get(l.from);
      const b = ctx.regionsById.get(l.to);
      if (!a || !b || cloudOf(a.id) === cloudOf(b.id)) return;
      emit({
        target: { kind: "link", id: l.id },
        message: `Link '${l.id}' joins ${regionName(a)}, in the ${cloudName(ctx, a)} cloud, and ${regionName(b)}, in the ${cloudName(ctx, b)} cloud; sovereign clouds can't be connected to other clouds.`,
        fix: { label: `Remove link '${l.id}'`, patches: [{ op: "remove", path: ["links", i] }] },
      });
    });

    // Implied peering: hub-spoke peers the hub's provider's regions with the hub; flat and mesh peer each
    // provider's regions with each other. Report the regions outside the cloud they would peer with.
    const hub = doc.network.topology === "hub-spoke" && doc.network.hubRegionId ? ctx.regionsById.get(doc.network.hubRegionId) : undefined;
    const report = (region: Region, peers: Region[]) => emit({
      target: { kind: "region", id: region.id },
      message: `Region ${regionName(region)} is in the ${cloudName(ctx, region)} cloud and can't peer with ${listNames(peers.map((p) => p.id))} (${cloudName(ctx, peers[0]!)}) in this ${doc.network.topology} network.`,
    });
    if (hub) {
      for (const r of doc.regions) if (r.id !== hub.id && r.provider === hub.provider && cloudOf(r.id) !== cloudOf(hub.id)) report(r, [hub]);
      return;
    }
    for (const provider of new Set(doc.regions.map((r) => r.provider))) {
      const byCloud = new Map<string, Region[]>();
      for (const r of doc.regions) {
        if (r.provider !== provider) continue;
        const key = cloudOf(r.id) ?? "commercial";
        byCloud.set(key, [...(byCloud.get(key) ?? []), r]);
      }
      if (byCloud.size < 2) continue;
      // The cloud holding most validators (then the primary region) is the network; the rest are outside it.
      const weight = (rs: Region[]) => rs.reduce((s, r) => s + (ctx.validatorsByRegion.get(r.id) ?? 0) * 2 + (r.primary ? 1 : 0), 0);
      const main = [...byCloud.values()].reduce((best, rs) => (weight(rs) > weight(best) ? rs : best));
      for (const rs of byCloud.values()) if (rs !== main) for (const r of rs) report(r, main);
    }
  },
);

interface Partition {
  /** Group of validator regions each region exchanges consensus messages with (see validatorGroups). */
  components: Int32Array;
  /** Group holding the most validators; -1 without validators. */
  main: number;
  validatorsIn: Map<number, number>;
  /** Whether blocks reach a region from the main group, passed on by any region holding nodes. */
  reachesMain: (region: number) => boolean;
  /** Groups blocks can flow within, relayed by any region holding nodes. */
  sync: Int32Array;
}

/** What the reachability rules read: where validators and nodes are, the network, and the ids in use (fixes add links). */
function reachInputs(doc: TopologyDocument, ctx: RuleContext): readonly unknown[] {
  return [doc.network, doc.regions, doc.links, ctx.validatorsByRegion, ctx.groupsByRegion, ctx.groupIndex];
}

/** Shared by the two reachability rules, computed once per validation. */
function partition(doc: TopologyDocument, ctx: RuleContext): Partition {
  return ctx.memo("network.partition", [doc.regions, ctx.connectivity, ctx.validatorsPerRegion, ctx.groupsByRegion], () => partitionOf(doc, ctx));
}

function partitionOf(doc: TopologyDocument, ctx: RuleContext): Partition {
  const validators = ctx.validatorsPerRegion;
  const components = validatorGroups(ctx.connectivity, validators);
  const validatorsIn = new Map<number, number>();
  doc.regions.forEach((_, i) => {
    const v = validators[i]!;
    if (v > 0) validatorsIn.set(components[i]!, (validatorsIn.get(components[i]!) ?? 0) + v);
  });
  let main = -1;
  const primary = doc.regions.findIndex((r) => r.primary);
  for (const [c, v] of validatorsIn) {
    const best = validatorsIn.get(main) ?? -1;
    if (v > best || (v === best && primary >= 0 && components[primary] === c)) main = c;
  }
  const holdsNodes = (i: number) => validators[i]! > 0 || ctx.groupsByRegion.has(doc.regions[i]!.id);
  const sync = relayGroups(ctx.connectivity, holdsNodes);
  const syncMain = main >= 0 ? sync[main]! : -1;
  const reachesMain = (i: number) => main >= 0 && (components[i] === main || (sync[i]! >= 0 && sync[i] === syncMain));
  return { components, main, validatorsIn, reachesMain, sync };
}

/** A link from `region` into the main group: to the hub when there is one, else its busiest region. */
function linkIntoMainFix(doc: TopologyDocument, ctx: RuleContext, p: Partition, region: Region): Fix | undefined {
  const regionCloud = ctx.connectivity.cloudOf[ctx.regionIndex.get(region.id)!];
  const candidates = doc.regions.filter((r, i) =>
    p.components[i] === p.main && ctx.connectivity.cloudOf[i] === regionCloud && (ctx.validatorsByRegion.get(r.id) ?? 0) > 0);
  const hub = candidates.find((r) => r.id === doc.network.hubRegionId && doc.network.topology === "hub-spoke");
  const to = hub ?? candidates.reduce<Region | undefined>(
    (best, r) => (!best || (ctx.validatorsByRegion.get(r.id) ?? 0) > (ctx.validatorsByRegion.get(best.id) ?? 0) ? r : best),
    undefined,
  );
  if (!to) return undefined;
  const link: Link = { id: freshId(`${region.id}-${to.id}`, ctx.takenIds()), from: region.id, to: to.id, kind: region.provider === to.provider ? "peering" : "vpn" };
  return { label: `Link ${region.id} to ${to.id}`, patches: [{ op: "add", path: ["links", doc.links.length], value: link }] };
}

/** Why the regions of group `cut` are apart from the main group. */
function unreachableReason(doc: TopologyDocument, ctx: RuleContext, p: Partition, cut: number[]): string {
  const region = doc.regions[cut[0]!]!;
  // Blocks could flow (nodes elsewhere pass them on), but consensus messages are relayed by validators only.
  if (p.sync[cut[0]!]! >= 0 && p.sync[cut[0]!] === p.sync[p.main]) {
    const between = doc.regions.filter((r, i) => p.sync[i] === p.sync[p.main] && (ctx.validatorsByRegion.get(r.id) ?? 0) === 0 && ctx.connectivity.fabricOf[i] !== ctx.connectivity.fabricOf[p.main]
      && ctx.connectivity.fabricOf[i] !== ctx.connectivity.fabricOf[cut[0]!]);
    const via = between.length > 0 ? between : doc.regions.filter((r, i) => p.sync[i] === p.sync[p.main] && (ctx.validatorsByRegion.get(r.id) ?? 0) === 0);
    return `their only path runs through ${listNames(via.slice(0, 3).map(regionName))}, which ${via.length === 1 ? "holds" : "hold"} no validators, and only validators pass consensus messages on; link a region with validators directly`;
  }
  const provider = PROVIDER_LABELS[region.provider];
  return `regions of different clouds (or sovereign clouds) reach each other only over a declared link, and ${provider} ${region.region} has none to them`;
}

export const validatorsUnreachable = defineRule(
  {
    code: "network.validators.unreachable", pack: "network", severity: "error",
    description: "Every region with validators must reach the others (cross-provider regions need a declared link).",
    inputs: reachInputs,
  },
  (doc, ctx, emit) => {
    const p = partition(doc, ctx);
    if (p.validatorsIn.size < 2) return;
    const mainRegions = doc.regions.filter((_, i) => p.components[i] === p.main && (ctx.validatorsByRegion.get(doc.regions[i]!.id) ?? 0) > 0);
    const reported = new Set<number>();
    doc.regions.forEach((r, i) => {
      const c = p.components[i]!;
      const v = ctx.validatorsByRegion.get(r.id) ?? 0;
      if (v === 0 || c === p.main || reported.has(c)) return;
      reported.add(c);
      const cutIndexes = doc.regions.flatMap((_, k) => (p.components[k] === c && (ctx.validatorsByRegion.get(doc.regions[k]!.id) ?? 0) > 0 ? [k] : []));
      const cut = cutIndexes.map((k) => doc.regions[k]!);
      emit({
        target: { kind: "region", id: r.id },
        message: `${listNames(cut.map(regionName))} ${cut.length === 1 ? "holds" : "hold"} ${plural(p.validatorsIn.get(c) ?? 0, "validator")} that can't reach the ${p.validatorsIn.get(p.main)} in ${listNames(mainRegions.map((m) => m.id))}: ${unreachableReason(doc, ctx, p, cutIndexes)}.`,
        fix: linkIntoMainFix(doc, ctx, p, r),
      });
    });
  },
);

export const regionUnreachable = defineRule(
  {
    code: "network.region.unreachable", pack: "network", severity: "warning",
    description: "Regions with RPC, member, archive or boot nodes but no validators should reach the validators.",
    inputs: reachInputs,
  },
  (doc, ctx, emit) => {
    const p = partition(doc, ctx);
    if (p.main < 0) return;
    doc.regions.forEach((r, i) => {
      if (p.reachesMain(i) || (ctx.validatorsByRegion.get(r.id) ?? 0) > 0 || !ctx.groupsByRegion.has(r.id)) return;
      emit({
        target: { kind: "region", id: r.id },
        message: `Region ${regionName(r)} has nodes but can't reach the validators: ${unreachableReason(doc, ctx, p, [i])}.`,
        fix: linkIntoMainFix(doc, ctx, p, r),
      });
    });
  },
);

// A link inside one cloud names a peering that cloud's network has anyway (see net/connectivity), so only a
// second link between the same two VPN gateways is worth a word: it looks like redundancy and is none.
export const linkDuplicate = defineRule(
  {
    code: "network.link.duplicate", pack: "network", severity: "info",
    description: "A second link between the same two VPN gateways is the same VPN: it adds no independent path.",
    inputs: (doc, ctx) => [doc.links, ctx.connectivity],
  },
  (doc, ctx, emit) => {
    for (const u of ctx.connectivity.unusedLinks) {
      if (u.reason !== "duplicate") continue;
      const link = doc.links[u.linkIndex]!;
      emit({
        target: { kind: "link", id: link.id },
        message: `Link '${link.id}' joins the same two VPN gateways as link '${u.crossingId}', so it is built as the same VPN and adds no independent path; link two other regions for a second path.`,
        fix: { label: `Remove link '${link.id}'`, patches: [{ op: "remove", path: ["links", u.linkIndex] }] },
      });
    }
  },
);

export const p2pNoFixedAddress = defineElementRule(
  "nodeGroup",
  {
    code: "network.p2p.no-fixed-address", pack: "network", severity: "warning",
    description: "Validators and bootnodes need a fixed p2p address: scale sets and container services get theirs when they start.",
    inputs: (doc) => [doc.network],
  },
  (g, i, doc, ctx, emit) => {
    const region = ctx.regionsById.get(g.regionId);
    if (!region || !dialledFromElsewhere(g.role, doc.network.consensus)) return;
    const kind = deploymentKindIn(region.provider, g);
    if (kind !== "scale-set" && kind !== "containers") return;
    const machine = equivalentDeploymentType("vm", region.provider);
    const patches: Fix["patches"] = [{ op: "replace", path: ["nodeGroups", i, "deploymentType"], value: machine }];
    if (g.scale) patches.push({ op: "remove", path: ["nodeGroups", i, "scale"] });
    emit({
      target: { kind: "nodeGroup", id: g.id },
      message: `'${g.id}' runs ${g.role === "bootnode" ? "bootnodes" : g.role === "validator" ? "validators" : "Raft members"} on ${kind === "scale-set" ? "a scale set" : "a container service"}, whose instances get their addresses when they start: other nodes cannot name them in advance, so the exported peer lists leave them out and nothing can dial them.`,
      fix: { label: `Run '${g.id}' on virtual machines (${machine}) with fixed addresses`, patches },
    });
  },
);

export const NETWORK_RULES = [
  cidrInvalid, cidrMisaligned, cidrOverlap, hubMissing, meshTooLarge, sovereignBoundary, validatorsUnreachable, regionUnreachable, linkDuplicate, p2pNoFixedAddress,
];

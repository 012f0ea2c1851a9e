// Who may come in, as each cloud decides it: Azure network security group rules by priority (then the
// default rules), AWS security groups (allow rules only; any one allowing is enough), Google Cloud firewall
// rules of the network that target the instance's tags (an implied deny otherwise). Only the rules that
// always exist are read: a rule created on a condition (count or a dynamic block) is left out.

import { cidr, type Ipv4Range } from "../net/ipv4";
import type { NetworkFacts } from "./read-network";
import type { Protocol, SecurityContext, Verdict } from "./network-types";
import { all, stringsOf, type Json, type TfBlock } from "./terraform-inventory";

function within(inner: Ipv4Range, outer: Ipv4Range): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

const parsed = new Map<string, Ipv4Range | null>();

function sourceIn(source: Ipv4Range, prefixes: readonly string[]): boolean {
  return prefixes.some((p) => {
    let range = parsed.get(p);
    if (range === undefined) {
      try {
        range = cidr(p);
      } catch {
        range = null;
      }
      parsed.set(p, range);
    }
    return range !== null && within(source, range);
  });
}

function portIn(port: number, spec: unknown): boolean {
  for (const s of stringsOf(spec).flatMap((x) => x.split(","))) {
    const t = s.trim();
    if (t === "*" || t === "") return true;
    const [a, b] = t.split("-").map(Number);
    if (b === undefined ? a === port : port >= a! && port <= b) return true;
  }
  return false;
}

/** Azure: the NSG on the subnet, rules in priority order, then AllowVnetInBound (routed private traffic). */
function azureVerdict(facts: NetworkFacts, ctx: SecurityContext, source: Ipv4Range, protocol: Protocol, port: number): Verdict {
  const tf = facts.tf;
  const subnet = ctx.subnet;
  if (!subnet) return { allowed: false, by: "no subnet to check" };
  const nsg = nsgOf(facts, subnet.block);
  if (!nsg) return { allowed: true, by: `${subnet.id} (no network security group: Azure's default allows the virtual network)` };
  const standalone = tf.ofType("azurerm_network_security_rule").filter((r) => tf.resolve(r, r.body.network_security_group_name) === nsg).map((r) => r.body);
  const rules = [...all(nsg.body.security_rule), ...standalone]
    .filter((r) => (r.direction ?? "Inbound") === "Inbound")
    .sort((a, b) => Number(a.priority) - Number(b.priority));
  for (const rule of rules) {
    const proto = String(rule.protocol ?? "*");
    if (proto !== "*" && proto.toLowerCase() !== protocol) continue;
    if (!portIn(port, rule.destination_port_range ?? rule.destination_port_ranges)) continue;
    const sources = [...stringsOf(rule.source_address_prefix), ...stringsOf(rule.source_address_prefixes)];
    // Routed private traffic (peering, hub, gateway) counts as the VirtualNetwork service tag.
    const matches = sources.some((s) => s === "*" || s === "VirtualNetwork") || sourceIn(source, sources.filter((s) => /^\d/.test(s)));
    if (!matches) continue;
    return { allowed: rule.access === "Allow", by: `${nsg.address} rule '${String(rule.name)}' (priority ${String(rule.priority)})` };
  }
  return { allowed: true, by: `${nsg.address} default rule AllowVnetInBound` };
}

/** AWS: any ingress rule of any of the instance's security groups. */
function awsVerdict(ctx: SecurityContext, source: Ipv4Range, protocol: Protocol, port: number, sourceGroups: readonly TfBlock[]): Verdict {
  const groups = ctx.securityGroups ?? [];
  for (const sg of groups) {
    for (const rule of all(sg.body.ingress)) {
      const proto = String(rule.protocol);
      if (proto !== "-1" && proto !== protocol) continue;
      if (proto !== "-1" && !(port >= Number(rule.from_port) && port <= Number(rule.to_port))) continue;
      const bySelf = rule.self === true && sourceGroups.includes(sg);
      if (bySelf || sourceIn(source, stringsOf(rule.cidr_blocks))) return { allowed: true, by: `${sg.address} ingress '${String(rule.description ?? proto)}'` };
    }
  }
  return { allowed: false, by: groups.length > 0 ? `${groups.map((g) => g.address).join(", ")} (no ingress rule matches)` : "no security group" };
}

const firewallIndex = new WeakMap<NetworkFacts, Map<unknown, TfBlock[]>>();

/** Ingress firewalls per network, always created (no count), indexed once per bundle. */
function firewallsOf(facts: NetworkFacts, network: unknown): readonly TfBlock[] {
  let index = firewallIndex.get(facts);
  if (!index) {
    index = new Map();
    for (const f of facts.tf.ofType("google_compute_firewall")) {
      if ((f.body.direction ?? "INGRESS") !== "INGRESS" || f.body.count !== undefined) continue;
      const net = facts.network(facts.tf.resolve(f, f.body.network));
      index.set(net, [...(index.get(net) ?? []), f]);
    }
    firewallIndex.set(facts, index);
  }
  return index.get(network) ?? [];
}

/** Google Cloud: allow rules of the network whose targets include the instance's tags. */
function gcpVerdict(facts: NetworkFacts, ctx: SecurityContext, source: Ipv4Range, protocol: Protocol, port: number, sourceTags: readonly string[]): Verdict {
  const tags = ctx.tags ?? [];
  const rules = firewallsOf(facts, ctx.network);
  for (const f of rules) {
    const targets = stringsOf(f.body.target_tags);
    if (targets.length > 0 && !targets.some((t) => tags.includes(t))) continue;
    const fromTags = stringsOf(f.body.source_tags).some((t) => sourceTags.includes(t));
    if (!fromTags && !sourceIn(source, stringsOf(f.body.source_ranges))) continue;
    const allows = all(f.body.allow).some((a: Json) => {
      const p = String(a.protocol);
      if (p !== "all" && p !== protocol) return false;
      return a.ports === undefined || portIn(port, a.ports);
    });
    if (allows) return { allowed: true, by: `${f.address}` };
  }
  return { allowed: false, by: `the firewall of ${ctx.network?.id ?? "the network"} (no rule for tags ${tags.join(", ") || "(none)"} matches: implied deny)` };
}

const nsgIndex = new WeakMap<NetworkFacts, Map<TfBlock, TfBlock>>();

/** The network security group associated with a subnet (indexed once per bundle). */
function nsgOf(facts: NetworkFacts, subnet: TfBlock): TfBlock | undefined {
  let index = nsgIndex.get(facts);
  if (!index) {
    index = new Map();
    for (const a of facts.tf.ofType("azurerm_subnet_network_security_group_association")) {
      const s = facts.tf.resolve(a, a.body.subnet_id);
      const nsg = facts.tf.resolve(a, a.body.network_security_group_id);
      if (s && nsg) index.set(s, nsg);
    }
    nsgIndex.set(facts, index);
  }
  return index.get(subnet);
}

const verdicts = new WeakMap<NetworkFacts, Map<string, Verdict>>();

export interface SourceFacts {
  readonly range: Ipv4Range;
  readonly tags: readonly string[];
  readonly securityGroups: readonly TfBlock[];
}

/** Memoised per bundle: many pairs share a destination's rules and a source's range. */
export function inboundVerdict(facts: NetworkFacts, ctx: SecurityContext, source: SourceFacts, protocol: Protocol, port: number): Verdict {
  let cache = verdicts.get(facts);
  if (!cache) verdicts.set(facts, (cache = new Map()));
  const where = ctx.subnet?.id ?? `${(ctx.securityGroups ?? []).map((g) => g.address).join(",")}|${ctx.network?.id ?? ""}|${(ctx.tags ?? []).join(",")}`;
  const from = `${source.range.start}/${source.range.prefix}|${source.tags.join(",")}|${source.securityGroups.map((g) => g.address).join(",")}`;
  const key = `${ctx.cloud}|${where}|${from}|${protocol}|${port}`;
  let verdict = cache.get(key);
  if (!verdict) {
    verdict = decide(facts, ctx, source, protocol, port);
    cache.set(key, verdict);
  }
  return verdict;
}

function decide(facts: NetworkFacts, ctx: SecurityContext, source: SourceFacts, protocol: Protocol, port: number): Verdict {
  if (ctx.cloud === "azure") return azureVerdict(facts, ctx, source.range, protocol, port);
  if (ctx.cloud === "aws") return awsVerdict(ctx, source.range, protocol, port, source.securityGroups);
  return gcpVerdict(facts, ctx, source.range, protocol, port, source.tags);
}


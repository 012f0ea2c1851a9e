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

function sourceIn(source: Ipv4Range, prefixes: readonly string[]): boolean {
  return prefixes.some((p) => {
    try {
      return within(source, cidr(p));
    } catch {
      return false;
    }
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
  const association = tf.ofType("azurerm_subnet_network_security_group_association").find((a) => tf.resolve(a, a.body.subnet_id) === subnet.block);
  const nsg = association ? tf.resolve(association, association.body.network_security_group_id) : undefined;
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

/** Google Cloud: allow rules of the network whose targets include the instance's tags. */
function gcpVerdict(facts: NetworkFacts, ctx: SecurityContext, source: Ipv4Range, protocol: Protocol, port: number, sourceTags: readonly string[]): Verdict {
  const tf = facts.tf;
  const tags = ctx.tags ?? [];
  const rules = tf.ofType("google_compute_firewall").filter((f) => facts.network(tf.resolve(f, f.body.network)) === ctx.network && (f.body.direction ?? "INGRESS") === "INGRESS" && f.body.count === undefined);
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

export interface SourceFacts {
  readonly range: Ipv4Range;
  readonly tags: readonly string[];
  readonly securityGroups: readonly TfBlock[];
}

export function inboundVerdict(facts: NetworkFacts, ctx: SecurityContext, source: SourceFacts, protocol: Protocol, port: number): Verdict {
  if (ctx.cloud === "azure") return azureVerdict(facts, ctx, source.range, protocol, port);
  if (ctx.cloud === "aws") return awsVerdict(ctx, source.range, protocol, port, source.securityGroups);
  return gcpVerdict(facts, ctx, source.range, protocol, port, source.tags);
}


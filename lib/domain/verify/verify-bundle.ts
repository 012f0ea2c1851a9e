// verify-bundle: read an exported bundle as a deployer would (the Terraform through an HCL parser, the
// Kubernetes manifests, each node's configuration and peer list) and work out, for every pair of validators
// and bootnodes, whether the name one dials the other by resolves where it runs, and whether a packet on
// 30303 gets there (route, peering or VPN, security rules) and its answer gets back. It uses the files alone:
// never the design or the connectivity model that wrote them, so a mistake there cannot confirm itself.

import { overlappingRanges } from "./address-overlaps";
import { readEndpoints, type BundleText, type Endpoint, type ManifestNode } from "./endpoints";
import { packet, type PacketResult } from "./packet";
import { NetworkFacts } from "./read-network";
import { TerraformInventory, type Json } from "./terraform-inventory";

export const P2P_PORT = 30303;
export const VERIFIED_ROLES = ["validator", "bootnode"] as const;

export type ParseHcl = (fileName: string, text: string) => Promise<Json>;

export interface PairCheck {
  readonly from: string;
  readonly to: string;
  /** Listed in the dialling node's configuration: the design needs it. */
  readonly needed: boolean;
  /** The host the dialling node uses, and what it resolves to there. */
  readonly host: string;
  readonly address?: string;
  readonly tcp: PacketResult;
  /** Undefined when the enode turns discovery off (discport=0). */
  readonly udp?: PacketResult;
  readonly ok: boolean;
  /** The first thing that breaks the pair, naming the resource to blame. */
  readonly problem?: string;
}

export interface VerifyReport {
  readonly format: "meridian-verify/1";
  /** False when the bundle holds nothing that places the nodes (no Terraform, no Kubernetes manifests). */
  readonly checked: boolean;
  readonly ok: boolean;
  readonly nodes: readonly { readonly name: string; readonly role: string; readonly address?: string; readonly runsIn?: string }[];
  readonly pairs: readonly PairCheck[];
  /** Needed pairs that do not work. */
  readonly broken: readonly PairCheck[];
  /** Validators that can exchange messages, directly or through each other. */
  readonly validatorGroups: readonly (readonly string[])[];
  /** Address ranges that overlap where they must not, naming both resources. */
  readonly overlaps: readonly string[];
  /** What the verifier could not read or check. */
  readonly notes: readonly string[];
}

export class BundleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BundleError";
  }
}

function manifestNodes(files: readonly BundleText[]): ManifestNode[] {
  const manifest = files.find((f) => f.path === "manifest.json");
  if (!manifest) throw new BundleError("manifest.json is missing: this is not a Meridian bundle");
  let parsed: unknown;
  try {
    parsed = JSON.parse(manifest.text);
  } catch {
    throw new BundleError("manifest.json is not JSON");
  }
  const nodes = (parsed as { nodes?: unknown }).nodes;
  if (!Array.isArray(nodes)) throw new BundleError("manifest.json lists no nodes");
  return nodes.filter((n): n is ManifestNode => typeof n?.name === "string" && typeof n?.publicKey === "string" && typeof n?.enode === "string");
}

function enodeParts(enode: string): { publicKey: string; host: string; discovery: boolean } | undefined {
  const m = /^enode:\/\/([0-9a-fA-F]{128})@([^:/?]+):(\d+)(\?.*)?$/.exec(enode);
  if (!m) return undefined;
  return { publicKey: m[1]!.toLowerCase(), host: m[2]!, discovery: !/discport=0/.test(m[4] ?? "") };
}

/** The address `host` resolves to from where `from` runs: in-cluster names, private zones, or an address. */
function resolve(facts: NetworkFacts, from: Endpoint, to: Endpoint, host: string): { address?: string; inCluster?: boolean; problem?: string } {
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) return { address: host };
  if (host.endsWith(".svc.cluster.local")) {
    if (from.cluster !== undefined && from.cluster === to.cluster && to.clusterName === host) return { inCluster: true };
    return { problem: `${host} is a cluster-internal name, and ${to.node} does not run in ${from.node}'s cluster under it` };
  }
  const network = from.subnets[0]?.network;
  if (!network) return { problem: `${from.node}: where it runs is not in the bundle` };
  const zones = facts.zones.filter((z) => host.endsWith(`.${z.name}`));
  if (zones.length === 0) return { problem: `no private DNS zone in the bundle holds ${host}` };
  const visible = zones.filter((z) => z.networks.includes(network));
  if (visible.length === 0) {
    // The zone of the source's own cloud is the one whose link is missing.
    const own = zones.filter((z) => z.resource.startsWith(`${network.block.module}:`));
    return { problem: `${(own.length > 0 ? own : zones).map((z) => z.resource).join(", ")} holds ${host} but is not linked to ${network.id}` };
  }
  for (const z of visible) {
    const ip = z.records.get(host.slice(0, -z.name.length - 1));
    if (ip) return { address: ip };
  }
  return { problem: `${visible.map((z) => z.resource).join(", ")} has no record for ${host}` };
}

function checkPair(facts: NetworkFacts, from: Endpoint, to: Endpoint, listed: string | undefined, fallback: string): PairCheck {
  const parts = enodeParts(listed ?? fallback);
  const base = { from: from.node, to: to.node, needed: listed !== undefined, host: parts?.host ?? "" };
  const fail = (problem: string): PairCheck => ({ ...base, tcp: { ok: false, path: [], blame: problem }, ok: false, problem });
  if (!parts) return fail(`${from.node} lists ${listed ?? fallback}, which is not an enode URL`);
  const resolved = resolve(facts, from, to, parts.host);
  // Pods of one cluster reach each other over its own network, wherever its nodes run.
  if (resolved.inCluster) {
    const inside: PacketResult = { ok: true, path: [`inside cluster k8s/${from.cluster}`] };
    return { ...base, tcp: inside, ...(parts.discovery ? { udp: inside } : {}), ok: true };
  }
  const placement = [...from.problems, ...to.problems];
  if (placement.length > 0) return fail(placement[0]!);
  if (!resolved.address) return fail(resolved.problem!);
  if (!to.address || to.address.ip !== resolved.address) {
    return fail(`${parts.host} resolves to ${resolved.address} from ${from.node}, but ${to.node} is reached at ${to.address?.ip ?? "no fixed address"}`);
  }
  const tcp = packet(facts, from, to, "tcp", P2P_PORT);
  const udp = parts.discovery ? packet(facts, from, to, "udp", P2P_PORT) : undefined;
  const ok = tcp.ok && (udp?.ok ?? true);
  const problem = !tcp.ok ? `tcp/${P2P_PORT}: ${tcp.blame}` : udp && !udp.ok ? `udp/${P2P_PORT}: ${udp.blame}` : undefined;
  return { ...base, address: resolved.address, tcp, ...(udp ? { udp } : {}), ok, ...(problem ? { problem } : {}) };
}

function validatorGroups(endpoints: readonly Endpoint[], pairs: readonly PairCheck[]): string[][] {
  const validators = endpoints.filter((e) => e.role === "validator").map((e) => e.node);
  const parent = new Map(validators.map((v) => [v, v]));
  const find = (v: string): string => (parent.get(v) === v ? v : find(parent.get(v)!));
  for (const p of pairs) {
    if (!p.ok || !parent.has(p.from) || !parent.has(p.to)) continue;
    parent.set(find(p.from), find(p.to));
  }
  const groups = new Map<string, string[]>();
  for (const v of validators) groups.set(find(v), [...(groups.get(find(v)) ?? []), v]);
  return [...groups.values()].sort((a, b) => b.length - a.length);
}

export async function verifyBundle(bundle: readonly { readonly path: string; readonly contents: string | Uint8Array }[], parseHcl: ParseHcl): Promise<VerifyReport> {
  const files: BundleText[] = bundle.map((f) => ({ path: f.path, text: typeof f.contents === "string" ? f.contents : new TextDecoder().decode(f.contents) }));
  const nodes = manifestNodes(files);
  const modules = new Map<string, Json[]>();
  // All at once: a parser backed by worker threads parses them in parallel.
  const tfFiles = files.filter((x) => /^terraform\/[^/]+\/[^/]+\.tf$/.test(x.path));
  const parsed = await Promise.all(tfFiles.map(async (f) => {
    try {
      return await parseHcl(f.path, f.text);
    } catch (e) {
      throw new BundleError(`${f.path} does not parse: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
    }
  }));
  tfFiles.forEach((f, i) => {
    const dir = f.path.split("/")[1]!;
    modules.set(dir, [...(modules.get(dir) ?? []), parsed[i]!]);
  });
  const notes: string[] = [];
  if (modules.size === 0) notes.push("the bundle has no Terraform: only nodes in one cluster can be checked");
  const inventory = new TerraformInventory(modules);
  const facts = new NetworkFacts(inventory);
  const overlaps = overlappingRanges(inventory);
  notes.push(...facts.notes);
  const endpoints = readEndpoints(facts, files, nodes);
  const verified = endpoints.filter((e) => (VERIFIED_ROLES as readonly string[]).includes(e.role));
  const placed = new Set(endpoints.map((e) => e.node));
  for (const n of nodes) {
    if ((VERIFIED_ROLES as readonly string[]).includes(n.role) && !placed.has(n.name)) notes.push(`${n.name} runs on a scale set or container service: its address is assigned at start, so it is not checked and other nodes cannot dial it`);
  }

  const pairs: PairCheck[] = [];
  const canonical = new Map(nodes.map((n) => [n.name, n.enode]));
  const dialled = new Map(verified.map((e) => [e, new Map((e.dials?.enodes ?? []).map((u) => [enodeParts(u)?.publicKey ?? "", u]))]));
  for (const from of verified) {
    const lists = dialled.get(from)!;
    for (const to of verified) {
      if (from === to) continue;
      pairs.push(checkPair(facts, from, to, lists.get(to.publicKey.toLowerCase()), canonical.get(to.node)!));
    }
  }
  const broken = pairs.filter((p) => p.needed && !p.ok);
  const groups = validatorGroups(verified, pairs);
  const expected = nodes.filter((n) => (VERIFIED_ROLES as readonly string[]).includes(n.role)).length;
  const checked = expected < 2 || verified.length > 0;
  if (!checked) notes.push("nothing in the bundle places the nodes (export Terraform, or Helm and the Kubernetes manifests): connectivity was not checked");
  return {
    format: "meridian-verify/1",
    checked,
    ok: checked && broken.length === 0 && groups.length <= 1 && overlaps.length === 0,
    nodes: verified.map((e) => ({ name: e.node, role: e.role, ...(e.address ? { address: e.address.ip } : {}), ...(e.cluster ? { runsIn: `k8s/${e.cluster}` } : e.subnets[0] ? { runsIn: e.subnets[0].id } : {}) })),
    pairs,
    broken,
    validatorGroups: groups,
    overlaps,
    notes,
  };
}

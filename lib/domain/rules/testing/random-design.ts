// Seeded random designs for equivalence tests: small, schema-valid documents that wander into every rule's
// territory (unknown and sovereign regions, overlapping address spaces, wrong deployment types, links across
// clouds, hub-spoke without a hub, legacy stacks, compliance packs, budgets). Same seed, same document.

import { listRegions } from "../../catalog";
import {
  COMPLIANCE_PACKS, CONSENSUS_ALGORITHMS, CURRENT_SCHEMA_VERSION, DEPLOYMENT_TYPES, DEPLOYMENT_TYPES_BY_PROVIDER, LINK_KINDS,
  NETWORK_TOPOLOGIES, NODE_ROLES, PROVIDERS, TopologyDocumentSchema, type Provider, type TopologyDocument, type TopologyDocumentInput,
} from "../../schema";

/** mulberry32: a tiny PRNG with a 32-bit state, enough to vary test inputs reproducibly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Picker {
  random: () => number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

export function picker(seed: number): Picker {
  const random = seededRandom(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  return { random, int, pick: (items) => items[int(0, items.length - 1)]!, chance: (p) => random() < p };
}

const SIZES: Record<Provider, readonly string[]> = {
  azure: ["Standard_D4s_v5", "Standard_E8s_v5", "Standard_D2s_v5", "Standard_X9", "m6i.xlarge"],
  aws: ["m6i.xlarge", "r6i.2xlarge", "m6i.large", "n2-standard-4"],
  gcp: ["n2-standard-4", "n2-highmem-8", "n2-standard-2", "Standard_D4s_v5"],
};
const TYPO_REGIONS: Record<Provider, string> = { azure: "westeuropa", aws: "us-east-9", gcp: "europe-west99" };

type RegionInput = TopologyDocumentInput["regions"][number];
type GroupInput = TopologyDocumentInput["nodeGroups"][number];

function randomRegions(p: Picker): RegionInput[] {
  const count = p.int(1, 13);
  const primaries = p.pick([0, 1, 1, 1, 2]);
  const regions: RegionInput[] = [];
  for (let i = 0; i < count; i++) {
    const provider = p.pick(PROVIDERS);
    const catalog = listRegions(provider);
    const sovereign = catalog.filter((r) => r.classification !== "commercial");
    const place = p.chance(0.06)
      ? TYPO_REGIONS[provider]
      : p.chance(0.12) && sovereign.length > 0
        ? p.pick(sovereign).id
        : p.chance(0.1) && regions.length > 0
          ? (regions.find((r) => r.provider === provider)?.region ?? p.pick(catalog.slice(0, 15)).id)
          : p.pick(catalog.slice(0, 15)).id;
    const id = p.chance(0.3) && !regions.some((r) => r.id === place) ? place : `r${i}`;
    const cidr = p.chance(0.08)
      ? `10.${p.int(1, 3)}.0.0/16`
      : p.chance(0.05)
        ? `10.${i + 1}.7.0/16`
        : `10.${i + 1}.0.0/${p.pick([16, 16, 20, 24])}`;
    regions.push({ id, provider, region: place, primary: i < primaries, cidr, subnetPrefix: p.pick([24, 24, 26, 18]) });
  }
  return regions;
}

function randomGroup(p: Picker, i: number, regions: RegionInput[]): GroupInput {
  const region = p.pick(regions);
  const role = p.chance(0.35) ? "validator" : p.pick(NODE_ROLES);
  const own = DEPLOYMENT_TYPES_BY_PROVIDER[region.provider];
  const group: Record<string, unknown> = {
    id: `g${i}`, regionId: region.id, role, count: p.int(1, 6),
    deploymentType: p.chance(0.08) ? p.pick(DEPLOYMENT_TYPES) : p.pick(own),
    vmSize: p.pick(SIZES[region.provider]),
  };
  if (p.chance(0.2)) group.name = `group ${i}`;
  if (p.chance(0.1)) group.scale = { min: 1, max: 4 };
  if (role === "rpc") Object.assign(group, { exposure: p.pick(["private", "internal", "public"]), authenticated: p.chance(0.6) });
  if (role === "member") group.memberType = p.pick(["permissioned", "private", "public"]);
  return group as GroupInput;
}

/** A schema-valid design from `seed`: 1-13 regions, 0-40 node groups, 0-8 links. */
export function randomDesign(seed: number): TopologyDocument {
  const p = picker(seed);
  const regions = randomRegions(p);
  const nodeGroups = Array.from({ length: p.int(0, 40) }, (_, i) => randomGroup(p, i, regions));
  const links: TopologyDocumentInput["links"] = [];
  if (regions.length > 1) {
    for (let k = p.int(0, 8); k > 0; k--) {
      const from = p.pick(regions).id;
      const to = p.pick(regions.filter((r) => r.id !== from)).id;
      links.push({ id: `l${links.length}`, from, to, kind: p.pick(LINK_KINDS) });
    }
  }
  const client = p.chance(0.8) ? "besu" : "goquorum";
  const topology = p.pick(NETWORK_TOPOLOGIES);
  const hub = topology === "hub-spoke" && !p.chance(0.15) ? p.pick(regions).id : p.chance(0.1) ? "nowhere" : undefined;
  return TopologyDocumentSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name: `random ${seed}`,
    network: {
      client, consensus: p.chance(0.6) ? "qbft" : p.pick(CONSENSUS_ALGORITHMS), chainId: 1337,
      blockPeriodSeconds: p.pick([1, 2, 5, 5]), requestTimeoutSeconds: p.pick([1, 4, 10, 10]), topology,
      ...(hub ? { hubRegionId: hub } : {}), ...(p.chance(0.2) ? { existing: true } : {}),
    },
    regions, nodeGroups, links,
    compliance: { packs: COMPLIANCE_PACKS.filter(() => p.chance(0.2)) },
    operations: {
      monitoring: p.chance(0.9), auditLogging: p.chance(0.9), encryptionAtRest: p.chance(0.9),
      ...(p.chance(0.4) ? { backupRegionId: p.pick(regions).id } : {}),
    },
    ...(p.chance(0.3) ? { budgetMonthlyUsd: p.pick([500, 5_000, 50_000]) } : {}),
    tags: p.chance(0.5) ? { CostCenter: "42", owner: p.chance(0.5) ? "team" : " " } : {},
  });
}

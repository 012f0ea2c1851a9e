import { z } from "zod";
import {
  CLIENTS, COMPLIANCE_PACKS, CONSENSUS_ALGORITHMS, CROSS_REGION_LATENCY, DEPLOYMENT_TYPES, LINK_KINDS,
  MEMBER_TYPES, NETWORK_TOPOLOGIES, PROVIDERS, RPC_CAPABILITIES, RPC_EXPOSURES, RPC_TYPES, STORAGE_TYPES,
} from "./enums";

/** The version this code writes. Older documents are brought up to it by `upgradeDocument` (migrate.ts). */
export const CURRENT_SCHEMA_VERSION = 1;

export const MAX_REGIONS = 200;
export const MAX_NODE_GROUPS = 10_000;
export const MAX_LINKS = 5_000;
/** The canvas places regions and node groups, one position each. */
export const MAX_LAYOUT_POSITIONS = MAX_REGIONS + MAX_NODE_GROUPS;
/** Tags land on every cloud resource; AWS and Azure take at most 50 per resource. */
export const MAX_TAGS = 50;

/**
 * A record holds at most `max` entries. Zod records have no size limit of their own; this one says so in the
 * published JSON Schema too (maxProperties).
 */
export function atMostEntries<T extends z.ZodRecord>(record: T, max: number, what: string): T {
  return record.refine((value) => Object.keys(value).length <= max, { message: `at most ${max} ${what}` }).meta({ maxProperties: max });
}

export const ElementId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, "must be 1-64 letters, digits, '-', '_' or '.', starting with a letter or digit")
  .meta({ description: "Identifier of an element, unique within the document." });

const Ipv4Cidr = z
  .string()
  .regex(
    /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}\/(3[0-2]|[12]?\d)$/,
    "must be an IPv4 CIDR such as 10.1.0.0/16",
  );

export const NetworkSettingsSchema = z
  .object({
    client: z.enum(CLIENTS).meta({ description: "Ethereum client: Hyperledger Besu or GoQuorum." }),
    consensus: z.enum(CONSENSUS_ALGORITHMS),
    chainId: z.number().int().min(1).max(4_294_967_295),
    blockPeriodSeconds: z.number().int().min(1).max(600).default(5),
    requestTimeoutSeconds: z.number().int().min(1).max(600).default(10),
    topology: z.enum(NETWORK_TOPOLOGIES).default("flat").meta({ description: "How regions are connected." }),
    hubRegionId: ElementId.optional().meta({ description: "The hub region when topology is hub-spoke." }),
    crossRegionLatency: z.enum(CROSS_REGION_LATENCY).default("optimized"),
    existing: z.boolean().optional().meta({
      description:
        "The design describes a network that already runs. Choices current releases no longer support are then warnings to plan a migration, not errors, and exports keep the last release that runs them.",
    }),
  })
  .strict();

export const RegionSchema = z
  .object({
    id: ElementId,
    provider: z.enum(PROVIDERS),
    region: z.string().min(1).max(64).meta({ description: "The provider's own region id: eastus, us-east-1, europe-west1." }),
    primary: z.boolean().default(false),
    cidr: Ipv4Cidr.meta({ description: "Address space of the region's virtual network." }),
    subnetPrefix: z.number().int().min(16).max(29).default(24),
  })
  .strict();

const ScaleSchema = z
  .object({
    min: z.number().int().min(0).max(1000),
    max: z.number().int().min(1).max(1000),
    targetCpu: z.number().int().min(10).max(95).default(70),
  })
  .strict()
  .refine((s) => s.min <= s.max, { message: "min must not exceed max", path: ["min"] });

const StorageSchema = z
  .object({
    type: z.enum(STORAGE_TYPES).default("standard"),
    sizeGB: z.number().int().min(8).max(65_536).default(256),
  })
  .strict();

const nodeGroupBase = {
  id: ElementId,
  regionId: ElementId.meta({ description: "The region this group runs in." }),
  name: z.string().max(64).optional().meta({ description: "A label; for RPC and member groups, QDQ's subtype name." }),
  count: z.number().int().min(1).max(1000),
  deploymentType: z.enum(DEPLOYMENT_TYPES),
  vmSize: z.string().min(1).max(64),
  scale: ScaleSchema.optional(),
  storage: StorageSchema.default({ type: "standard", sizeGB: 256 }),
};

export const ValidatorGroupSchema = z.object({ ...nodeGroupBase, role: z.literal("validator") }).strict();
export const BootnodeGroupSchema = z.object({ ...nodeGroupBase, role: z.literal("bootnode") }).strict();
export const ArchiveGroupSchema = z.object({ ...nodeGroupBase, role: z.literal("archive") }).strict();
export const RpcGroupSchema = z
  .object({
    ...nodeGroupBase,
    role: z.literal("rpc"),
    rpcType: z.enum(RPC_TYPES).default("standard"),
    capabilities: z.array(z.enum(RPC_CAPABILITIES)).max(RPC_CAPABILITIES.length).default(["eth", "web3", "net"]),
    exposure: z.enum(RPC_EXPOSURES).default("private").meta({ description: "Who can reach the RPC endpoint." }),
    authenticated: z.boolean().default(true).meta({ description: "Whether RPC requests need a token (JWT)." }),
  })
  .strict();
export const MemberGroupSchema = z
  .object({
    ...nodeGroupBase,
    role: z.literal("member"),
    memberType: z.enum(MEMBER_TYPES).default("permissioned").meta({ description: "Private members run Tessera, which only existing networks keep (Besu removed it in 25.6.0; GoQuorum is unmaintained)." }),
  })
  .strict();

export const NodeGroupSchema = z.discriminatedUnion("role", [
  ValidatorGroupSchema,
  BootnodeGroupSchema,
  RpcGroupSchema,
  ArchiveGroupSchema,
  MemberGroupSchema,
]);

export const LinkSchema = z
  .object({
    id: ElementId,
    from: ElementId,
    to: ElementId,
    kind: z.enum(LINK_KINDS).default("peering"),
  })
  .strict();

export const OperationsSchema = z
  .object({
    monitoring: z.boolean().default(true),
    auditLogging: z.boolean().default(true),
    encryptionAtRest: z.boolean().default(true),
    backupRegionId: ElementId.optional().meta({ description: "Where backups and archive copies are kept." }),
  })
  .strict();

const Position = z.object({ x: z.number().finite(), y: z.number().finite() }).strict();

/** Canvas layout: a view concern, stored beside the model and never read by validation or exports. */
export const LayoutSchema = z
  .object({
    positions: atMostEntries(z.record(z.string().max(64), Position), MAX_LAYOUT_POSITIONS, "positions").default({}),
  })
  .strict();

/** Pre-funded accounts at genesis: address to balance in wei (decimal, or 0x hex). */
export const MAX_GENESIS_ACCOUNTS = 1000;
export const GenesisSchema = z
  .object({
    alloc: atMostEntries(
      z.record(
        z.string().regex(/^0x[0-9a-fA-F]{40}$/, "must be a 0x-prefixed 20-byte address"),
        z.string().regex(/^(0x[0-9a-fA-F]{1,64}|[0-9]{1,78})$/, "must be a balance in wei: digits, or 0x and hex digits"),
      ),
      MAX_GENESIS_ACCOUNTS,
      "accounts",
    )
      .default({})
      .meta({ description: "Pre-funded accounts: address to balance in wei." }),
  })
  .strict();

const TagKey = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,127}$/, "tag keys are 1-128 letters, digits or _.:/-");

export const TopologyDocumentObject = z
  .object({
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    name: z.string().trim().min(1).max(120),
    description: z.string().max(2000).default(""),
    network: NetworkSettingsSchema,
    regions: z.array(RegionSchema).max(MAX_REGIONS),
    nodeGroups: z.array(NodeGroupSchema).max(MAX_NODE_GROUPS),
    links: z.array(LinkSchema).max(MAX_LINKS).default([]),
    compliance: z
      .object({ packs: z.array(z.enum(COMPLIANCE_PACKS)).max(COMPLIANCE_PACKS.length).default([]) })
      .strict()
      .default({ packs: [] }),
    operations: OperationsSchema.default({ monitoring: true, auditLogging: true, encryptionAtRest: true }),
    budgetMonthlyUsd: z.number().positive().max(1e9).optional(),
    genesis: GenesisSchema.optional(),
    tags: atMostEntries(z.record(TagKey, z.string().max(256)), MAX_TAGS, "tags").default({}),
    layout: LayoutSchema.default({ positions: {} }),
  })
  .strict();

/**
 * The topology document: the one model that the canvas, API, database, CLI and exporters share.
 * Beyond shape it checks what would make the document meaningless: unique ids and references that resolve.
 * Everything about whether the design is *good* is the rule engine's job, not the schema's.
 */
export const TopologyDocumentSchema = TopologyDocumentObject.superRefine((doc, ctx) => {
  const seen = new Map<string, string>();
  const claim = (id: string, path: (string | number)[]) => {
    const prior = seen.get(id);
    if (prior) ctx.addIssue({ code: "custom", path, message: `id '${id}' is already used by ${prior}` });
    else seen.set(id, path.slice(0, 2).join("."));
  };
  doc.regions.forEach((r, i) => claim(r.id, ["regions", i, "id"]));
  doc.nodeGroups.forEach((g, i) => claim(g.id, ["nodeGroups", i, "id"]));
  doc.links.forEach((l, i) => claim(l.id, ["links", i, "id"]));

  const regionIds = new Set(doc.regions.map((r) => r.id));
  const mustBeRegion = (id: string | undefined, path: (string | number)[]) => {
    if (id !== undefined && !regionIds.has(id)) {
      ctx.addIssue({ code: "custom", path, message: `no region with id '${id}' in this document` });
    }
  };
  doc.nodeGroups.forEach((g, i) => mustBeRegion(g.regionId, ["nodeGroups", i, "regionId"]));
  doc.links.forEach((l, i) => {
    mustBeRegion(l.from, ["links", i, "from"]);
    mustBeRegion(l.to, ["links", i, "to"]);
    if (l.from === l.to) ctx.addIssue({ code: "custom", path: ["links", i, "to"], message: "a link must join two different regions" });
  });
  // A hub that names no region is the rule engine's finding (network.hub-spoke.hub-missing), not a refusal:
  // the design still loads, validates and exports (as if flat) while the user picks a hub.
  mustBeRegion(doc.operations.backupRegionId, ["operations", "backupRegionId"]);
});

export type TopologyDocument = z.output<typeof TopologyDocumentSchema>;
export type TopologyDocumentInput = z.input<typeof TopologyDocumentSchema>;
export type NetworkSettings = TopologyDocument["network"];
export type Region = TopologyDocument["regions"][number];
export type NodeGroup = TopologyDocument["nodeGroups"][number];
export type RpcGroup = Extract<NodeGroup, { role: "rpc" }>;
export type MemberGroup = Extract<NodeGroup, { role: "member" }>;
export type Link = TopologyDocument["links"][number];
export type Operations = TopologyDocument["operations"];

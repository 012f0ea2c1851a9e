// Compact builders for documents in tests: a region and its validators in one line, defaults filled by
// the real schema so tests exercise the same shapes the app stores.

import { CURRENT_SCHEMA_VERSION, TopologyDocumentSchema, type TopologyDocument, type TopologyDocumentInput } from "../schema";

type RegionInput = TopologyDocumentInput["regions"][number];
type GroupInput = TopologyDocumentInput["nodeGroups"][number];

const DEFAULT_DEPLOYMENT = { azure: "aks", aws: "eks", gcp: "gke" } as const;
const DEFAULT_VM = { azure: "Standard_D4s_v5", aws: "m6i.xlarge", gcp: "n2-standard-4" } as const;

let cidrCounter = 0;

/** A region; its CIDR is unique across calls unless given. */
export function region(id: string, provider: RegionInput["provider"], providerRegion: string, extra: Partial<RegionInput> = {}): RegionInput {
  cidrCounter = (cidrCounter % 250) + 1;
  return { id, provider, region: providerRegion, cidr: `10.${cidrCounter}.0.0/16`, ...extra };
}

/** A node group in region `r` (a RegionInput, so the deployment type and VM size match its provider). */
export function group(
  id: string,
  r: RegionInput,
  role: GroupInput["role"],
  count: number,
  extra: Record<string, unknown> = {},
): GroupInput {
  return {
    id, regionId: r.id, role, count,
    deploymentType: DEFAULT_DEPLOYMENT[r.provider], vmSize: DEFAULT_VM[r.provider], ...extra,
  } as GroupInput;
}

export function makeDocument(parts: {
  regions: RegionInput[];
  nodeGroups: GroupInput[];
  network?: Partial<TopologyDocumentInput["network"]>;
  links?: TopologyDocumentInput["links"];
  rest?: Partial<TopologyDocumentInput>;
}): TopologyDocument {
  return TopologyDocumentSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name: "test",
    network: { client: "besu", consensus: "qbft", chainId: 1337, ...parts.network },
    regions: parts.regions,
    nodeGroups: parts.nodeGroups,
    links: parts.links ?? [],
    ...parts.rest,
  });
}

/** Validators (count per region) over the given regions, plus one bootnode in each of the first two regions. */
export function withValidators(regions: RegionInput[], counts: number[], network?: Partial<TopologyDocumentInput["network"]>, links?: TopologyDocumentInput["links"], rest?: Partial<TopologyDocumentInput>): TopologyDocument {
  const nodeGroups: GroupInput[] = [];
  regions.forEach((r, i) => {
    const c = counts[i] ?? 0;
    if (c > 0) nodeGroups.push(group(`val-${r.id}`, r, "validator", c));
  });
  regions.slice(0, 2).forEach((r) => nodeGroups.push(group(`boot-${r.id}`, r, "bootnode", 1)));
  return makeDocument({ regions, nodeGroups, network, links, rest });
}

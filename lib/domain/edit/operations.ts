import { equivalentDeploymentType, equivalentSize, providerOfDeploymentType } from "../cost";
import { getRegion } from "../catalog";
import { freshId, usedIds } from "../ids";
import { nextFreeSlash16, parseCidr, type Ipv4Range } from "../net/ipv4";
import { DEFAULT_VM_SIZE } from "../qdq";
import {
  DEFAULT_RPC_CAPABILITIES, DEPLOYMENT_TYPES_BY_PROVIDER, isDeploymentTypeOf,
  type MemberType, type NodeGroup, type NodeRole, type Provider, type RpcType, type TopologyDocument,
} from "../schema";
import { regionKey } from "../region-key";

/**
 * Document edits, written as mutations of an immer draft so the designer records each as undoable
 * patches. Every gesture on the canvas is one of these: the document stays the only model.
 */
export class EditError extends Error {}

/** The kind of node group a palette tile creates. */
export interface NodeGroupTemplate {
  role: NodeRole;
  rpcType?: RpcType;
  memberType?: MemberType;
}

const DEFAULT_COUNT: Record<NodeRole, number> = { validator: 2, bootnode: 1, rpc: 1, archive: 1, member: 1 };

export function addRegion(doc: TopologyDocument, provider: Provider, region: string): string {
  const info = getRegion(provider, region);
  if (!info) throw new EditError(`${regionKey(provider, region)} is not a region Meridian knows.`);
  const taken = doc.regions.map((r) => parseCidr(r.cidr)).filter((c): c is Ipv4Range => c !== undefined);
  const cidr = nextFreeSlash16(taken);
  if (!cidr) throw new EditError("No free 10.N.0.0/16 address space is left for another region.");
  const id = freshId(provider === "azure" ? region : `${provider}-${region}`, usedIds(doc));
  doc.regions.push({ id, provider, region, primary: doc.regions.length === 0, cidr, subnetPrefix: 24 });
  return id;
}

export function addNodeGroup(doc: TopologyDocument, regionId: string, template: NodeGroupTemplate): string {
  const region = doc.regions.find((r) => r.id === regionId);
  if (!region) throw new EditError(`There is no region '${regionId}' to add to.`);
  const subtype = template.role === "rpc" ? template.rpcType ?? "standard" : template.role === "member" ? template.memberType ?? "permissioned" : undefined;
  const id = freshId(`${subtype && subtype !== "standard" && subtype !== "permissioned" ? subtype : template.role}-${regionId}`, usedIds(doc));
  const base = {
    id,
    regionId,
    count: DEFAULT_COUNT[template.role],
    deploymentType: DEPLOYMENT_TYPES_BY_PROVIDER[region.provider][0],
    vmSize: DEFAULT_VM_SIZE[region.provider][template.role],
    storage: { type: template.role === "archive" ? ("premium" as const) : ("standard" as const), sizeGB: template.role === "archive" ? 2048 : 256 },
  };
  const group: NodeGroup =
    template.role === "rpc"
      ? {
          ...base, role: "rpc", rpcType: template.rpcType ?? "standard",
          capabilities: [...DEFAULT_RPC_CAPABILITIES[template.rpcType ?? "standard"]], exposure: "private", authenticated: true,
        }
      : template.role === "member"
        ? { ...base, role: "member", memberType: template.memberType ?? "permissioned" }
        : { ...base, role: template.role };
  doc.nodeGroups.push(group);
  return id;
}

/** Moves a group to another region; across providers its deployment type and size become the equivalents. */
export function moveNodeGroup(doc: TopologyDocument, groupId: string, regionId: string): void {
  const group = doc.nodeGroups.find((g) => g.id === groupId);
  const target = doc.regions.find((r) => r.id === regionId);
  if (!group || !target) throw new EditError("That node group or region no longer exists.");
  if (group.regionId === regionId) return;
  group.regionId = regionId;
  convertToProvider(group, target.provider);
}

/** A group landing on another provider takes that provider's equivalent deployment type and size. */
function convertToProvider(group: NodeGroup, provider: Provider): void {
  if (isDeploymentTypeOf(provider, group.deploymentType)) return;
  const from = providerOfDeploymentType(group.deploymentType);
  group.deploymentType = equivalentDeploymentType(group.deploymentType, provider, { autoscaled: group.scale !== undefined });
  group.vmSize = equivalentSize(from, group.vmSize, provider).name;
}

export function addLink(doc: TopologyDocument, from: string, to: string): string {
  if (from === to) throw new EditError("A link joins two different regions.");
  const a = doc.regions.find((r) => r.id === from);
  const b = doc.regions.find((r) => r.id === to);
  if (!a || !b) throw new EditError("Both ends of a link must be regions of this design.");
  const existing = doc.links.find((l) => (l.from === from && l.to === to) || (l.from === to && l.to === from));
  if (existing) throw new EditError(`${from} and ${to} are already linked.`);
  const id = freshId(`link-${from}-${to}`, usedIds(doc));
  doc.links.push({ id, from, to, kind: a.provider === b.provider ? "peering" : "vpn" });
  return id;
}

/** Removes elements; a region takes its node groups and links with it, and references to it are cleared. */
export function removeElements(doc: TopologyDocument, ids: Iterable<string>): void {
  const gone = new Set(ids);
  const regionsGone = new Set(doc.regions.filter((r) => gone.has(r.id)).map((r) => r.id));
  doc.regions = doc.regions.filter((r) => !regionsGone.has(r.id));
  doc.nodeGroups = doc.nodeGroups.filter((g) => !gone.has(g.id) && !regionsGone.has(g.regionId));
  doc.links = doc.links.filter((l) => !gone.has(l.id) && !regionsGone.has(l.from) && !regionsGone.has(l.to));
  if (doc.network.hubRegionId && regionsGone.has(doc.network.hubRegionId)) delete doc.network.hubRegionId;
  if (doc.operations.backupRegionId && regionsGone.has(doc.operations.backupRegionId)) delete doc.operations.backupRegionId;
  for (const id of gone) delete doc.layout.positions[id];
  if (regionsGone.size && doc.regions.length && !doc.regions.some((r) => r.primary)) doc.regions[0]!.primary = true;
}

/** Pastes copies of node groups into a region (new ids; converted when the provider differs). */
export function pasteNodeGroups(doc: TopologyDocument, groups: readonly NodeGroup[], regionId: string): string[] {
  const target = doc.regions.find((r) => r.id === regionId);
  if (!target) throw new EditError("Select a region to paste into.");
  const taken = usedIds(doc);
  return groups.map((group) => {
    const id = freshId(group.id.replace(/-\d+$/, ""), taken);
    const copy = structuredClone(group) as NodeGroup;
    copy.id = id;
    copy.regionId = regionId;
    convertToProvider(copy, target.provider);
    doc.nodeGroups.push(copy);
    return id;
  });
}

/** Shallow-merges changed fields into one element, found by id. */
export function updateElement(doc: TopologyDocument, id: string, changes: Record<string, unknown>): void {
  const element =
    doc.regions.find((r) => r.id === id) ?? doc.nodeGroups.find((g) => g.id === id) ?? doc.links.find((l) => l.id === id);
  if (!element) throw new EditError(`Nothing with id '${id}' to change.`);
  Object.assign(element, changes);
}

export function setPosition(doc: TopologyDocument, id: string, x: number, y: number): void {
  doc.layout.positions[id] = { x: Math.round(x), y: Math.round(y) };
}

/**
 * Makes the draft equal to `next`, field by field, so the replacement is one undoable step (loading
 * another version, importing a file); fields `next` lacks are removed, not left behind.
 */
export function replaceDocument(doc: TopologyDocument, next: TopologyDocument): void {
  const draft = doc as Record<string, unknown>;
  for (const key of Object.keys(draft)) if (!(key in next)) delete draft[key];
  Object.assign(draft, structuredClone(next));
}

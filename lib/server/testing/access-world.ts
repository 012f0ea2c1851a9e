import type { Role } from "@prisma/client";
import { starterDocument } from "@/lib/domain/starter";
import { TopologyDocumentSchema, type TopologyDocument } from "@/lib/domain/schema";
import type { MatrixActor } from "../authz/route-matrix";
import type { ActorContext } from "../context";
import type { Db } from "../db";
import { createTopology } from "../topologies/create-topology";
import { actorFor } from "./actors";

export type SignedInActor = Exclude<MatrixActor, "anonymous">;

/**
 * Two organisations for access tests. A ("Acme Networks") has one member of each role and an editor
 * limited to azure:westeurope; B ("Beta Chains") has one owner, the `otherOrg` caller. Each holds a
 * topology; A's spans azure:eastus and azure:westeurope.
 */
export interface AccessWorld {
  db: Db;
  orgA: { id: string; name: string };
  orgB: { id: string; name: string };
  users: Record<SignedInActor, { id: string; email: string }>;
  ownerOfA: ActorContext;
  ownerOfB: ActorContext;
  topologyId: string;
  regions: { inside: string; outside: string };
  /** A number not handed out before, for unique names and emails. */
  next(): number;
}

const A_MEMBERS: [SignedInActor, Role, string[]][] = [
  ["owner", "owner", []],
  ["admin", "admin", []],
  ["editor", "editor", []],
  ["reviewer", "reviewer", []],
  ["viewer", "viewer", []],
  ["regionEditor", "editor", ["azure:westeurope"]],
];

export async function seedAccessWorld(db: Db): Promise<AccessWorld> {
  const orgA = await db.organization.create({ data: { name: "Acme Networks", slug: "acme" } });
  const orgB = await db.organization.create({ data: { name: "Beta Chains", slug: "beta" } });
  const users = {} as AccessWorld["users"];
  for (const [actor, role, scopeRegions] of A_MEMBERS) {
    users[actor] = await addMember(db, orgA.id, `${actor}@acme.example`, role, { scopeRegions, source: role === "owner" ? "owner" : "manual" });
  }
  users.otherOrg = await addMember(db, orgB.id, "owner@beta.example", "owner", { source: "owner" });

  const ownerOfA = actorFor(db, { ...users.owner, name: "owner" }, orgA.id, "owner");
  const ownerOfB = actorFor(db, { ...users.otherOrg, name: "otherOrg" }, orgB.id, "owner");
  const { topology } = await createTopology(ownerOfA, { name: "Acme EU", document: twoRegionDocument("Acme EU") });
  await createTopology(ownerOfB, { name: "Beta net" });

  let counter = 0;
  return {
    db,
    orgA: { id: orgA.id, name: orgA.name },
    orgB: { id: orgB.id, name: orgB.name },
    users,
    ownerOfA,
    ownerOfB,
    topologyId: topology.id,
    regions: { inside: "azure:westeurope", outside: "azure:eastus" },
    next: () => ++counter,
  };
}

export async function addMember(
  db: Db,
  organizationId: string,
  email: string,
  role: Role,
  options: { scopeRegions?: string[]; source?: string } = {},
): Promise<{ id: string; email: string; membershipId: string }> {
  email = email.toLowerCase(); // as sign-in stores it
  const user = await db.user.upsert({ where: { email }, create: { email, name: email.split("@")[0] }, update: {} });
  const membership = await db.membership.create({
    data: { userId: user.id, organizationId, role, scopeRegions: options.scopeRegions ?? [], source: options.source ?? "manual" },
  });
  return { id: user.id, email, membershipId: membership.id };
}

/** The starter network plus a second Azure region with its own member nodes. */
export function twoRegionDocument(name: string): TopologyDocument {
  const doc = starterDocument(name);
  return TopologyDocumentSchema.parse({
    ...doc,
    regions: [...doc.regions, { id: "westeurope", provider: "azure", region: "westeurope", cidr: "10.2.0.0/16" }],
    nodeGroups: [
      ...doc.nodeGroups,
      { id: "members-we", regionId: "westeurope", role: "member", count: 2, deploymentType: "aks", vmSize: "Standard_D2s_v5" },
    ],
  });
}

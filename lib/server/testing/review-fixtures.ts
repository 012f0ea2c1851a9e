import type { MatrixActor } from "../authz/route-matrix";
import type { TopologyDocument } from "@/lib/domain/schema";
import { requestReview } from "../reviews/request-review";
import { createTopology } from "../topologies/create-topology";
import { saveVersion } from "../topologies/save-version";
import { addMember, twoRegionDocument, type AccessWorld } from "./access-world";
import { actorFor, nextRequest } from "./actors";

/** Review fixtures of the route matrix: fresh topologies and reviews in organisation A (or B), per call. */

/** The two-region document with the West Europe members resized: a change inside the region editor's scope. */
function resizedMembers(doc: TopologyDocument): TopologyDocument {
  return { ...doc, nodeGroups: doc.nodeGroups.map((g) => (g.id === "members-we" ? { ...g, count: g.count + 1 } : g)) };
}

/** A topology of A created by A's owner; `resized` adds a second version. */
export async function freshTopology(world: AccessWorld, options: { resized?: boolean } = {}) {
  const owner = nextRequest(world.ownerOfA);
  const doc = twoRegionDocument(`Review net ${world.next()}`);
  const { topology } = await createTopology(owner, { name: doc.name, document: doc });
  if (options.resized) await saveVersion(nextRequest(owner), topology.id, { baseVersion: 1, document: resizedMembers(doc), message: "resize" });
  return topology;
}

/** A production topology of A, without any approval. */
export async function productionTopology(world: AccessWorld): Promise<string> {
  const topology = await freshTopology(world);
  await world.db.topology.update({ where: { id: topology.id }, data: { production: true } });
  return topology.id;
}

/**
 * A review of a change by a separate editor of A ("author-N"), naming every member who may review
 * (editor, reviewer, admin, owner), so each of them may decide. `newerVersion` saves a version 2 after it.
 */
export async function freshReview(world: AccessWorld, options: { newerVersion?: boolean } = {}) {
  const n = world.next();
  const member = await addMember(world.db, world.orgA.id, `author-${n}@acme.example`, "editor");
  const author = actorFor(world.db, { ...member, name: `author-${n}` }, world.orgA.id, "editor");
  const doc = twoRegionDocument(`Reviewed net ${n}`);
  const { topology } = await createTopology(author, { name: doc.name, document: doc });
  const reviewerIds = (["editor", "reviewer", "admin", "owner"] as const).map((a) => world.users[a].id);
  const { review } = await requestReview(nextRequest(author), topology.id, { version: 1, reviewerIds, message: "Please review" });
  if (options.newerVersion) await saveVersion(nextRequest(author), topology.id, { baseVersion: 1, document: resizedMembers(doc), message: "v2" });
  return { reviewId: review.id, topologyId: topology.id };
}

/**
 * A review naming the caller of a version the caller wrote themselves (A's owner for callers outside A).
 * Written directly, since requesting it through the use case refuses authors as reviewers.
 */
export async function ownChangeUnderReview(world: AccessWorld, actor: MatrixActor): Promise<string> {
  const self = actor === "anonymous" || actor === "otherOrg" ? world.users.owner : world.users[actor];
  const role = actor === "anonymous" || actor === "otherOrg" || actor === "regionEditor" ? "owner" : actor;
  const author = actorFor(world.db, { ...self, name: actor }, world.orgA.id, role);
  const doc = twoRegionDocument(`Own change ${world.next()}`);
  const { topology } = await createTopology(author, { name: doc.name, document: doc });
  const review = await world.db.review.create({
    data: {
      organizationId: world.orgA.id,
      topologyId: topology.id,
      version: 1,
      requestedById: world.users.admin.id === self.id ? world.users.owner.id : world.users.admin.id,
      reviewers: { create: [{ userId: self.id }] },
    },
  });
  return review.id;
}

/**
 * A review the caller asked for (A's owner for callers outside A) of a topology since saved as version 2.
 * Written directly, so callers who may not request a review (viewers) still get one to probe.
 */
export async function callersReviewLeftBehind(world: AccessWorld, actor: MatrixActor): Promise<string> {
  const requester = actor === "anonymous" || actor === "otherOrg" ? world.users.owner : world.users[actor];
  const topology = await freshTopology(world, { resized: true });
  const review = await world.db.review.create({
    data: { organizationId: world.orgA.id, topologyId: topology.id, version: 1, requestedById: requester.id, reviewers: { create: [{ userId: world.users.reviewer.id }] } },
  });
  return review.id;
}

/** A review in the organisation the caller is not acting in: B's for A's members, A's for B's owner. */
export async function foreignReview(world: AccessWorld, actor: MatrixActor): Promise<string> {
  const owner = actor === "otherOrg" ? world.ownerOfA : world.ownerOfB;
  const { topology } = await createTopology(nextRequest(owner), { name: `Foreign ${world.next()}` });
  const review = await world.db.review.create({
    data: { organizationId: owner.organizationId, topologyId: topology.id, version: 1, requestedById: owner.user.id, reviewers: { create: [] } },
  });
  return review.id;
}

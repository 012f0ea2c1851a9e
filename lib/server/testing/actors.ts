import { randomUUID } from "node:crypto";
import type { Role } from "@prisma/client";
import type { ActorContext } from "../context";
import type { Db } from "../db";
import { provisionUser } from "../orgs/provision";

/** Signs up a user the way a first sign-in does (their own organisation, as owner) and acts as them. */
export async function signUp(db: Db, email: string, name = email.split("@")[0]!): Promise<ActorContext> {
  const user = await provisionUser(db, { email, name }, randomUUID());
  const membership = await db.membership.findFirstOrThrow({ where: { userId: user.id } });
  return actorFor(db, user, membership.organizationId, membership.role);
}

export function actorFor(
  db: Db,
  user: { id: string; email: string | null; name: string | null },
  organizationId: string,
  role: Role,
): ActorContext {
  return { db, requestId: randomUUID(), organizationId, role, user: { id: user.id, email: user.email, name: user.name } };
}

/** The same actor with a new request id, as a second HTTP request would have. */
export function nextRequest(actor: ActorContext): ActorContext {
  return { ...actor, requestId: randomUUID() };
}

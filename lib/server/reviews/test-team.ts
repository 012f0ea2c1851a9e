import type { Role } from "@prisma/client";
import type { ActorContext } from "../context";
import type { Db } from "../db";
import { addMember } from "../testing/access-world";
import { actorFor, nextRequest, signUp } from "../testing/actors";

/** An organisation with one member per role for review tests, and an outsider in another organisation. */
export interface ReviewTeam {
  owner: ActorContext;
  admin: ActorContext;
  editor: ActorContext;
  reviewer: ActorContext;
  reviewer2: ActorContext;
  viewer: ActorContext;
  outsider: ActorContext;
}

let teams = 0;

export async function seedReviewTeam(db: Db): Promise<ReviewTeam> {
  const n = ++teams;
  const owner = await signUp(db, `owner${n}@team.example`, "Olivia");
  const member = async (name: string, role: Role) => {
    const user = await addMember(db, owner.organizationId, `${name.toLowerCase()}${n}@team.example`, role);
    await db.user.update({ where: { id: user.id }, data: { name } });
    return actorFor(db, { id: user.id, email: user.email, name }, owner.organizationId, role);
  };
  return {
    owner,
    admin: await member("Ada", "admin"),
    editor: await member("Eddie", "editor"),
    reviewer: await member("Rita", "reviewer"),
    reviewer2: await member("Rob", "reviewer"),
    viewer: await member("Vic", "viewer"),
    outsider: await signUp(db, `outsider${n}@elsewhere.example`, "Otto"),
  };
}

/** The same actor on a new request, so audit events carry distinct request ids. */
export const as = nextRequest;

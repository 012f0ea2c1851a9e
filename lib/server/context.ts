import type { Role } from "@prisma/client";
import type { MembershipScope } from "@/lib/domain/authz";
import type { Db } from "./db";

/** Who is acting, in which organisation: every use case takes it, so tenant scope is explicit. */
export interface ActorContext {
  db: Db;
  requestId: string;
  organizationId: string;
  role: Role;
  user: { id: string; email: string | null; name: string | null };
  /**
   * The membership's region scope. The route wrapper always sets it; absent (tests, scripts) means
   * unrestricted. A scoped member's saves are diffed and refused outside their regions.
   */
  scope?: MembershipScope;
  /** How this session signed in ("local", "okta", ...), when it came through a route. */
  signInProvider?: string;
}

/** A signed-in user acting on their own account, in no particular organisation (profile, invitations to them). */
export interface SignedInContext {
  db: Db;
  requestId: string;
  user: { id: string; email: string | null; name: string | null };
  session: { userId: string; sessionVersion: number; provider: string; signedInAt: number };
}

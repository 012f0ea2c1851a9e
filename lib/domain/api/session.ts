// What a server-rendered page knows about its signed-in user, handed to the client shell, and the answers of
// the session routes.

import { z } from "zod";
import type { MembershipScope, Permission, Role } from "../authz";
import type { OrgPolicy } from "../rules";

/** The signed-in member as pages see them: the same access the API would grant. */
export interface PageSession {
  user: { id: string; name: string | null; email: string | null };
  organization: { id: string; name: string; slug: string; ssoRequired: boolean };
  role: Role;
  scope: MembershipScope;
  /** What this membership may do: the UI disables what the API would refuse. */
  permissions: Permission[];
  /** How this session signed in ("local", "okta", ...). */
  signInProvider: string;
  /**
   * Every organisation the user belongs to, for the switcher. `usable` is false where the
   * organisation requires single sign-on and this session did not use it (the API refuses it all).
   */
  organizations: { id: string; name: string; role: string; usable: boolean }[];
  /** The organisation's policy as the rule engine reads it, so the designer validates as saves do. */
  policy: OrgPolicy;
}

/** POST /api/me/sign-out-everywhere: every session of the user ended, recorded in each organisation's log. */
export const SignedOutEverywhereSchema = z.object({
  signedOut: z.literal(true),
  sessionVersion: z.number().int(),
  auditedIn: z.number().int(),
});
export type SignedOutEverywhere = z.infer<typeof SignedOutEverywhereSchema>;

import { usableWithSession } from "@/lib/domain/authz";
import { authenticate } from "../http/actor";
import type { Caller } from "../http/caller";
import { ForbiddenError, NotFoundError } from "../errors";
import { membershipIn } from "./active-membership";

/**
 * The organisation a caller may make their active one: theirs (404 otherwise, as for any other
 * organisation they are not in), and usable with this session (403 sso_required when it requires single
 * sign-on and they signed in locally). The caller then stores it in the meridian-org cookie.
 */
export async function organizationToActivate(caller: Caller, organizationId: string): Promise<{ organizationId: string }> {
  const { db, user, session } = await authenticate(caller);
  const membership = await membershipIn(db, user.id, organizationId);
  if (!membership) throw new NotFoundError("Organisation");
  if (!usableWithSession(membership.organization, session.provider)) {
    throw new ForbiddenError(
      `${membership.organization.name} requires single sign-on: sign in with your organisation's identity provider to open it.`,
      undefined,
      "sso_required",
    );
  }
  return { organizationId: membership.organizationId };
}

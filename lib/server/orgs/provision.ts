import type { Db } from "../db";
import { appendAuditEvent } from "../audit/append";

export interface SignedInIdentity {
  email: string;
  name: string | null;
}

/**
 * Finds or creates the user for a sign-in. A user's first sign-in also creates their organisation,
 * with them as its owner, so nobody lands in an empty, unusable account.
 */
export async function provisionUser(db: Db, identity: SignedInIdentity, requestId: string) {
  const email = identity.email.trim().toLowerCase();
  return db.$transaction(async (tx) => {
    const user = await tx.user.upsert({
      where: { email },
      create: { email, name: identity.name },
      update: identity.name ? { name: identity.name } : {},
    });
    const memberships = await tx.membership.count({ where: { userId: user.id } });
    if (memberships === 0) {
      const displayName = user.name ?? email.split("@")[0]!;
      const organization = await tx.organization.create({
        data: { name: `${displayName}'s organisation`, slug: `${slugify(displayName)}-${user.id.slice(-6)}` },
      });
      await tx.membership.create({ data: { userId: user.id, organizationId: organization.id, role: "owner" } });
      await appendAuditEvent(tx, {
        organizationId: organization.id,
        actor: { id: user.id, email },
        action: "organization.create",
        targetType: "organization",
        targetId: organization.id,
        requestId,
        data: { name: organization.name, owner: email },
      });
    }
    return user;
  });
}

function slugify(text: string): string {
  return text.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40) || "org";
}

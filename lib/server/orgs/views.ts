import type { Prisma } from "@prisma/client";
import type { InvitationView, MemberView, OrganizationView } from "@/lib/domain/api";
import { readStoredScope } from "@/lib/domain/authz";
import { challengeName, challengeValue } from "./sso-challenge";

/** An organisation; with `claim` (undefined: not loaded), the domain it claims and the TXT record that would prove it. */
export function organizationView(o: Prisma.OrganizationGetPayload<object>, claim?: { domain: string; token: string } | null): OrganizationView {
  return {
    id: o.id, name: o.name, slug: o.slug, ssoRequired: o.ssoRequired, ssoDomain: o.ssoDomain, createdAt: o.createdAt.toISOString(),
    ...(claim !== undefined && {
      ssoDomainClaim: claim && { domain: claim.domain, recordName: challengeName(claim.domain), recordValue: challengeValue(claim.token) },
    }),
  };
}

type MemberRow = Prisma.MembershipGetPayload<{ include: { user: { select: { id: true; name: true; email: true } } } }>;

export function memberView(m: MemberRow): MemberView {
  return {
    id: m.id,
    userId: m.userId,
    name: m.user.name,
    email: m.user.email,
    role: m.role,
    scope: readStoredScope(m.scopeProviders, m.scopeRegions),
    source: m.source,
    joinedAt: m.createdAt.toISOString(),
  };
}

export function invitationStatus(i: Prisma.InvitationGetPayload<object>, now = new Date()): InvitationView["status"] {
  if (i.acceptedAt) return "accepted";
  // Revoked only after expiring: replaced by a new invitation (pending-invitation.ts), so it stays "expired".
  if (i.revokedAt) return i.revokedAt >= i.expiresAt ? "expired" : "revoked";
  if (i.expiresAt <= now) return "expired";
  return "pending";
}

export function invitationView(i: Prisma.InvitationGetPayload<object>, invitedBy: string | null): InvitationView {
  return {
    id: i.id,
    email: i.email,
    role: i.role,
    scope: readStoredScope(i.scopeProviders, i.scopeRegions),
    status: invitationStatus(i),
    invitedBy,
    createdAt: i.createdAt.toISOString(),
    expiresAt: i.expiresAt.toISOString(),
  };
}

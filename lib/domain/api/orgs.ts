import { z } from "zod";
import { ROLES, type Role } from "../authz/roles";
import type { MembershipScope } from "../authz/permissions";
import { PROVIDERS, RegionKeyInput } from "../region-key";

/** Request bodies and views of the organisation API, shared by the route handlers and the browser client. */


/** Where a member may change things; both empty means everywhere. */
export const ScopeInput = z
  .object({
    providers: z.array(z.enum(PROVIDERS)).max(PROVIDERS.length).default([]),
    regions: z.array(RegionKeyInput).max(200).default([]),
  })
  .strict()
  .transform((s) => ({ providers: [...new Set(s.providers)].sort(), regions: [...new Set(s.regions)].sort() }));
export type ScopeInput = z.output<typeof ScopeInput>;

const Email = z.string().trim().toLowerCase().email("an email address is required").max(254);

export const UpdateMemberBody = z
  .object({ role: z.enum(ROLES).optional(), scope: ScopeInput.optional() })
  .strict()
  .refine((b) => b.role !== undefined || b.scope !== undefined, { message: "nothing to change: give a role or a scope" });
export type UpdateMemberBody = z.infer<typeof UpdateMemberBody>;

export const CreateInvitationBody = z
  .object({ email: Email, role: z.enum(ROLES), scope: ScopeInput.optional() })
  .strict();
export type CreateInvitationBody = z.infer<typeof CreateInvitationBody>;

const OrgName = z.string().trim().min(1, "a name is required").max(80, "names are at most 80 characters");


export const UpdateOrganizationBody = z
  .object({
    name: OrgName.optional(),
    ssoDomain: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, "a domain looks like example.com")
      .nullable()
      .optional(),
    ssoRequired: z.boolean().optional(),
  })
  .strict()
  .refine((b) => b.name !== undefined || b.ssoDomain !== undefined || b.ssoRequired !== undefined, {
    message: "nothing to change: give a name, ssoDomain or ssoRequired",
  });
export type UpdateOrganizationBody = z.infer<typeof UpdateOrganizationBody>;

/** The token from an invitation link (`/invite/<token>`): 32 random bytes, base64url. */
export const AcceptInvitationBody = z.object({ token: z.string().trim().min(16).max(128) }).strict();
export type AcceptInvitationBody = z.infer<typeof AcceptInvitationBody>;

export const SetActiveOrganizationBody = z.object({ organizationId: z.string().min(1).max(64) }).strict();
export type SetActiveOrganizationBody = z.infer<typeof SetActiveOrganizationBody>;

/** Where a member may change things, as the API shows it (the authz module's scope). */
export type ScopeView = MembershipScope;

export interface OrganizationView {
  id: string;
  name: string;
  slug: string;
  ssoRequired: boolean;
  ssoDomain: string | null;
  createdAt: string;
}

export interface MemberView {
  id: string;
  userId: string;
  name: string | null;
  email: string | null;
  role: Role;
  scope: ScopeView;
  /** owner (created the organisation), invitation, sso (from IdP groups: the role follows them), manual. */
  source: string;
  joinedAt: string;
}

export interface InvitationView {
  id: string;
  email: string;
  role: Role;
  scope: ScopeView;
  status: "pending" | "accepted" | "revoked" | "expired";
  invitedBy: string | null;
  createdAt: string;
  expiresAt: string;
}

export interface MeView {
  user: { id: string; name: string | null; email: string | null };
  signInProvider: string;
  activeOrganizationId: string | null;
  organizations: (OrganizationView & { role: Role; scope: ScopeView; permissions: string[] })[];
}

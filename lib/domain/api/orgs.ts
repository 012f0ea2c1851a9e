import { z } from "zod";
import { ROLES } from "../authz/roles";
import type { MembershipScope } from "../authz/permissions";
import { PROVIDERS, RegionKeyInput } from "../region-key";
import { IsoDateTime, PersonViewSchema } from "./common";

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

/**
 * Where a member may change things, as the API shows it: the authz module's scope. Typed as that scope
 * (its lists are read-only), and region keys parse to the RegionKey brand.
 */
export const ScopeViewSchema: z.ZodType<MembershipScope> = z.object({
  providers: z.array(z.enum(PROVIDERS)),
  regions: z.array(RegionKeyInput),
});
export type ScopeView = MembershipScope;

export const OrganizationViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  ssoRequired: z.boolean(),
  /** The domain proven by a DNS TXT record: the one that takes effect. */
  ssoDomain: z.string().nullable(),
  /** A domain claimed but not yet proven, and the TXT record to publish (only where the settings are read). */
  ssoDomainClaim: z.object({ domain: z.string(), recordName: z.string(), recordValue: z.string() }).nullable().optional(),
  createdAt: IsoDateTime,
});
export type OrganizationView = z.infer<typeof OrganizationViewSchema>;

export const MemberViewSchema = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  role: z.enum(ROLES),
  scope: ScopeViewSchema,
  /** owner (created the organisation), invitation, sso (from IdP groups: the role follows them), manual. */
  source: z.string(),
  joinedAt: IsoDateTime,
});
export type MemberView = z.infer<typeof MemberViewSchema>;

export const MemberListSchema = z.object({ members: z.array(MemberViewSchema) });
export type MemberList = z.infer<typeof MemberListSchema>;

/** DELETE /api/orgs/:orgId/members/:memberId: the membership id removed. */
export const RemovedMemberSchema = z.object({ removed: z.string() });

export const INVITATION_STATUSES = ["pending", "accepted", "revoked", "expired"] as const;

export const InvitationViewSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  scope: ScopeViewSchema,
  status: z.enum(INVITATION_STATUSES),
  invitedBy: z.string().nullable(),
  createdAt: IsoDateTime,
  expiresAt: IsoDateTime,
});
export type InvitationView = z.infer<typeof InvitationViewSchema>;

export const InvitationListSchema = z.object({ invitations: z.array(InvitationViewSchema) });

/** POST /api/orgs/:orgId/invitations: `link` is the only time the invitation's token is ever visible. */
export const CreatedInvitationSchema = z.object({ invitation: InvitationViewSchema, link: z.string() });

/** POST /api/invitations/accept: the organisation joined and the role held there. */
export const AcceptedInvitationSchema = z.object({
  organization: z.object({ id: z.string(), name: z.string() }),
  role: z.enum(ROLES),
});

/** GET /api/me/organizations: the signed-in user's organisations, the role, scope and permissions in each. */
export const MeViewSchema = z.object({
  user: PersonViewSchema,
  signInProvider: z.string(),
  activeOrganizationId: z.string().nullable(),
  organizations: z.array(OrganizationViewSchema.extend({ role: z.enum(ROLES), scope: ScopeViewSchema, permissions: z.array(z.string()) })),
});
export type MeView = z.infer<typeof MeViewSchema>;

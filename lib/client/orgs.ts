"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  AcceptedInvitationSchema, CreatedInvitationSchema, InvitationListSchema, InvitationViewSchema, MemberListSchema, MemberViewSchema,
  OrganizationViewSchema, RemovedMemberSchema, SignedOutEverywhereSchema,
  type CreateInvitationBody, type MemberList, type UpdateMemberBody, type UpdateOrganizationBody,
} from "@/lib/domain/api";
import { apiFetch } from "./api";

export const orgKeys = {
  organization: (orgId: string) => ["orgs", orgId, "organization"] as const,
  members: (orgId: string) => ["orgs", orgId, "members"] as const,
  invitations: (orgId: string) => ["orgs", orgId, "invitations"] as const,
};

const base = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}`;

export function useOrganization(orgId: string) {
  return useQuery({ queryKey: orgKeys.organization(orgId), queryFn: () => apiFetch(base(orgId), OrganizationViewSchema) });
}

/** Asks the server to look up the claimed domain's TXT record; on proof the domain takes effect. */
export function useVerifySsoDomain(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch(`${base(orgId)}/sso-domain/verify`, OrganizationViewSchema, { method: "POST" }),
    onSuccess: (organization) => client.setQueryData(orgKeys.organization(orgId), organization),
  });
}

export function useUpdateOrganization(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateOrganizationBody) => apiFetch(base(orgId), OrganizationViewSchema, { method: "PATCH", json: body }),
    onSuccess: (organization) => client.setQueryData(orgKeys.organization(orgId), organization),
  });
}

export function useMembers(orgId: string) {
  return useQuery({ queryKey: orgKeys.members(orgId), queryFn: () => apiFetch(`${base(orgId)}/members`, MemberListSchema) });
}

export function useUpdateMember(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, body }: { memberId: string; body: UpdateMemberBody }) =>
      apiFetch(`${base(orgId)}/members/${encodeURIComponent(memberId)}`, MemberViewSchema, { method: "PATCH", json: body }),
    onSuccess: (member) => {
      // The changed row shows its new role and scope at once, before the list is fetched again.
      client.setQueryData<MemberList>(orgKeys.members(orgId), (list) =>
        list ? { members: list.members.map((m) => (m.id === member.id ? member : m)) } : list,
      );
      return client.invalidateQueries({ queryKey: orgKeys.members(orgId) });
    },
  });
}

export function useRemoveMember(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (memberId: string) =>
      apiFetch(`${base(orgId)}/members/${encodeURIComponent(memberId)}`, RemovedMemberSchema, { method: "DELETE" }),
    onSuccess: () => client.invalidateQueries({ queryKey: orgKeys.members(orgId) }),
  });
}

/** Only for members who may manage invitations (the API answers 403 to anyone else). */
export function useInvitations(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: orgKeys.invitations(orgId),
    queryFn: () => apiFetch(`${base(orgId)}/invitations`, InvitationListSchema),
    enabled,
  });
}

/** The response's `link` is the only time the invitation's token is ever visible. */
export function useCreateInvitation(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInvitationBody) =>
      apiFetch(`${base(orgId)}/invitations`, CreatedInvitationSchema, { method: "POST", json: body }),
    onSuccess: () => client.invalidateQueries({ queryKey: orgKeys.invitations(orgId) }),
  });
}

export function useRevokeInvitation(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) =>
      apiFetch(`${base(orgId)}/invitations/${encodeURIComponent(invitationId)}`, InvitationViewSchema, { method: "DELETE" }),
    onSuccess: () => client.invalidateQueries({ queryKey: orgKeys.invitations(orgId) }),
  });
}

export function useAcceptInvitation() {
  return useMutation({
    mutationFn: (token: string) =>
      apiFetch("/api/invitations/accept", AcceptedInvitationSchema, { method: "POST", json: { token } }),
  });
}

/** Ends every session of the user, this one included. */
export function useSignOutEverywhere() {
  return useMutation({
    mutationFn: () => apiFetch("/api/me/sign-out-everywhere", SignedOutEverywhereSchema, { method: "POST" }),
  });
}

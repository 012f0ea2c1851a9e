"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  CreateInvitationBody, InvitationView, MemberView, OrganizationView, UpdateMemberBody, UpdateOrganizationBody,
} from "@/lib/domain/api";
import type { Role } from "@/lib/domain/authz";
import { apiFetch } from "./api";

export const orgKeys = {
  organization: (orgId: string) => ["orgs", orgId, "organization"] as const,
  members: (orgId: string) => ["orgs", orgId, "members"] as const,
  invitations: (orgId: string) => ["orgs", orgId, "invitations"] as const,
};

const base = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}`;

export function useOrganization(orgId: string) {
  return useQuery({ queryKey: orgKeys.organization(orgId), queryFn: () => apiFetch<OrganizationView>(base(orgId)) });
}

export function useUpdateOrganization(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateOrganizationBody) => apiFetch<OrganizationView>(base(orgId), { method: "PATCH", json: body }),
    onSuccess: (organization) => client.setQueryData(orgKeys.organization(orgId), organization),
  });
}

export function useMembers(orgId: string) {
  return useQuery({ queryKey: orgKeys.members(orgId), queryFn: () => apiFetch<{ members: MemberView[] }>(`${base(orgId)}/members`) });
}

export function useUpdateMember(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, body }: { memberId: string; body: UpdateMemberBody }) =>
      apiFetch<MemberView>(`${base(orgId)}/members/${encodeURIComponent(memberId)}`, { method: "PATCH", json: body }),
    onSuccess: (member) => {
      // The changed row shows its new role and scope at once, before the list is fetched again.
      client.setQueryData<{ members: MemberView[] }>(orgKeys.members(orgId), (list) =>
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
      apiFetch<{ removed: string }>(`${base(orgId)}/members/${encodeURIComponent(memberId)}`, { method: "DELETE" }),
    onSuccess: () => client.invalidateQueries({ queryKey: orgKeys.members(orgId) }),
  });
}

/** Only for members who may manage invitations (the API answers 403 to anyone else). */
export function useInvitations(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: orgKeys.invitations(orgId),
    queryFn: () => apiFetch<{ invitations: InvitationView[] }>(`${base(orgId)}/invitations`),
    enabled,
  });
}

/** The response's `link` is the only time the invitation's token is ever visible. */
export function useCreateInvitation(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInvitationBody) =>
      apiFetch<{ invitation: InvitationView; link: string }>(`${base(orgId)}/invitations`, { method: "POST", json: body }),
    onSuccess: () => client.invalidateQueries({ queryKey: orgKeys.invitations(orgId) }),
  });
}

export function useRevokeInvitation(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) =>
      apiFetch<InvitationView>(`${base(orgId)}/invitations/${encodeURIComponent(invitationId)}`, { method: "DELETE" }),
    onSuccess: () => client.invalidateQueries({ queryKey: orgKeys.invitations(orgId) }),
  });
}

export function useAcceptInvitation() {
  return useMutation({
    mutationFn: (token: string) =>
      apiFetch<{ organization: { id: string; name: string }; role: Role }>("/api/invitations/accept", { method: "POST", json: { token } }),
  });
}

/** Ends every session of the user, this one included. */
export function useSignOutEverywhere() {
  return useMutation({
    mutationFn: () => apiFetch<{ signedOut: true }>("/api/me/sign-out-everywhere", { method: "POST" }),
  });
}

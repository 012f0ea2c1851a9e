"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { EndedSessionSchema, SessionListSchema, type SessionList } from "@/lib/domain/api";
import { apiFetch } from "./api";

export const sessionKeys = { mine: ["me", "sessions"] as const };

/** The signed-in user's sessions, fetched while the sessions view is open. */
export function useMySessions(enabled: boolean) {
  return useQuery({
    queryKey: sessionKeys.mine,
    queryFn: () => apiFetch("/api/me/sessions", SessionListSchema),
    enabled,
    // Always fresh when the view opens: another device may have signed in or out meanwhile.
    staleTime: 0,
  });
}

/** Ends one of the user's sessions everywhere; the list drops it at once. */
export function useEndSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: string) =>
      apiFetch(`/api/me/sessions/${encodeURIComponent(sessionId)}`, EndedSessionSchema, { method: "DELETE" }),
    onSuccess: (ended) => {
      client.setQueryData<SessionList>(sessionKeys.mine, (list) => (list ? { sessions: list.sessions.filter((s) => s.id !== ended.id) } : list));
    },
  });
}

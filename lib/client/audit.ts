"use client";

import { useInfiniteQuery, useMutation } from "@tanstack/react-query";
import { AuditPageSchema, ChainVerificationSchema, CheckpointOutcomeSchema } from "@/lib/domain/api";
import { apiFetch } from "./api";

export interface AuditFilters {
  actor?: string;
  action?: string;
  target?: string;
  from?: string;
  to?: string;
}

export type { ChainVerification } from "@/lib/domain/api";

export function useAuditEvents(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ["audit", filters],
    initialPageParam: null as number | null,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: "50" });
      for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
      if (pageParam) params.set("before", String(pageParam));
      return apiFetch(`/api/audit?${params}`, AuditPageSchema);
    },
    getNextPageParam: (last) => last.nextBefore,
  });
}

export function useVerifyAudit() {
  return useMutation({ mutationFn: () => apiFetch("/api/audit/verify", ChainVerificationSchema) });
}

/** Signs the chain head now (owners and admins); the outcome says why not when nothing was signed. */
export function useSignCheckpoint() {
  return useMutation({ mutationFn: () => apiFetch("/api/audit/checkpoints", CheckpointOutcomeSchema, { method: "POST" }) });
}

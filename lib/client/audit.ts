"use client";

import { useInfiniteQuery, useMutation } from "@tanstack/react-query";
import type { AuditEventView } from "@/lib/domain/api";
import { apiFetch } from "./api";

export interface AuditFilters {
  actor?: string;
  action?: string;
  target?: string;
  from?: string;
  to?: string;
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  headSeq: number;
  firstBroken?: { seq: number; id: string; reason: string };
}

export function useAuditEvents(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ["audit", filters],
    initialPageParam: null as number | null,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: "50" });
      for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
      if (pageParam) params.set("before", String(pageParam));
      return apiFetch<{ events: AuditEventView[]; nextBefore: number | null }>(`/api/audit?${params}`);
    },
    getNextPageParam: (last) => last.nextBefore,
  });
}

export function useVerifyAudit() {
  return useMutation({ mutationFn: () => apiFetch<ChainVerification>("/api/audit/verify") });
}

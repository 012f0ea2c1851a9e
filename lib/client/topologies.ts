"use client";

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  CreatedTopologySchema, SavedVersionSchema, TopologyDetailSchema, TopologyListPageSchema, TopologySummarySchema, VersionListSchema,
  type CreateTopologyBody, type SaveVersionBody, type TopologyDetail, type UpdateTopologyBody,
} from "@/lib/domain/api";
import { useState } from "react";
import { apiFetch } from "./api";

export type { TopologyDetail, TopologyListPage } from "@/lib/domain/api";

export const topologyKeys = {
  all: ["topologies"] as const,
  lists: ["topologies", "list"] as const,
  list: (q: string, archived: string) => ["topologies", "list", q, archived] as const,
  detail: (id: string) => ["topologies", "detail", id] as const,
  versions: (id: string) => ["topologies", "versions", id] as const,
  version: (id: string, n: number) => ["topologies", "version", id, n] as const,
};

export function useTopologyList(q: string, archived: "exclude" | "only") {
  return useInfiniteQuery({
    queryKey: topologyKeys.list(q, archived),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ archived, limit: "50" });
      if (q) params.set("q", q);
      if (pageParam) params.set("cursor", pageParam);
      return apiFetch(`/api/topologies?${params}`, TopologyListPageSchema);
    },
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useCreateTopology() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTopologyBody) =>
      apiFetch("/api/topologies", CreatedTopologySchema, { method: "POST", json: body }),
    onSuccess: () => client.invalidateQueries({ queryKey: topologyKeys.all }),
  });
}

export function useUpdateTopology(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateTopologyBody) => apiFetch(`/api/topologies/${id}`, TopologySummarySchema, { method: "PATCH", json: body }),
    onSuccess: () => client.invalidateQueries({ queryKey: topologyKeys.all }),
  });
}

/** A topology and its newest document; `initial` is what the page already read on the server, when it could. */
export function useTopology(id: string, initial?: { data: TopologyDetail; at: number }) {
  const client = useQueryClient();
  // Once, before subscribing: what the page read on the server replaces an older copy cached from an earlier
  // visit (initialData would lose to any cached copy, however old).
  useState(() => {
    if (!initial) return;
    const cached = client.getQueryState(topologyKeys.detail(id));
    if (!cached?.data || cached.dataUpdatedAt < initial.at) client.setQueryData(topologyKeys.detail(id), initial.data, { updatedAt: initial.at });
  });
  return useQuery({ queryKey: topologyKeys.detail(id), queryFn: () => apiFetch(`/api/topologies/${id}`, TopologyDetailSchema) });
}

export function useSaveVersion(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveVersionBody) =>
      apiFetch(`/api/topologies/${id}`, SavedVersionSchema, { method: "PUT", json: body }),
    onSuccess: () => client.invalidateQueries({ queryKey: topologyKeys.all }),
  });
}

export function useVersions(id: string) {
  return useQuery({
    queryKey: topologyKeys.versions(id),
    queryFn: () => apiFetch(`/api/topologies/${id}/versions`, VersionListSchema),
  });
}

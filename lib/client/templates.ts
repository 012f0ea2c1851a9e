"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  ForkedTemplateSchema, PublishedTemplateSchema, RatedTemplateSchema, TemplateDetailViewSchema, TemplateListSchema,
  type ForkTemplateBody, type ListTemplatesQuery, type PublishTemplateBody,
} from "@/lib/domain/api";
import { apiFetch } from "./api";
import { topologyKeys } from "./topologies";

export type TemplateFilters = Partial<Record<Exclude<keyof ListTemplatesQuery, "provider" | "pack">, string>> & {
  provider?: string[];
  pack?: string[];
};

export const templateKeys = {
  all: ["templates"] as const,
  list: (filters: TemplateFilters) => ["templates", "list", filters] as const,
  detail: (id: string) => ["templates", "detail", id] as const,
};

export function templateSearchParams(filters: TemplateFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    const text = Array.isArray(value) ? value.join(",") : value;
    if (text) params.set(key, text);
  }
  return params;
}

export function useTemplates(filters: TemplateFilters) {
  return useQuery({
    queryKey: templateKeys.list(filters),
    queryFn: () => apiFetch(`/api/templates?${templateSearchParams(filters)}`, TemplateListSchema),
    placeholderData: keepPreviousData,
  });
}

/** The templates this organisation published from one topology, newest first (each says its version and visibility). */
export function useTemplatesPublishedFrom(topologyId: string) {
  return useQuery({
    queryKey: templateKeys.list({ fromTopology: topologyId, sort: "newest" }),
    queryFn: () => apiFetch(`/api/templates?${templateSearchParams({ fromTopology: topologyId, sort: "newest" })}`, TemplateListSchema),
  });
}

export function useTemplate(id: string) {
  return useQuery({ queryKey: templateKeys.detail(id), queryFn: () => apiFetch(`/api/templates/${encodeURIComponent(id)}`, TemplateDetailViewSchema) });
}

export function useForkTemplate(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ForkTemplateBody) =>
      apiFetch(`/api/templates/${encodeURIComponent(id)}/fork`, ForkedTemplateSchema, { method: "POST", json: body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: templateKeys.all });
      void client.invalidateQueries({ queryKey: topologyKeys.all });
    },
  });
}

export function useRateTemplate(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (stars: number) =>
      apiFetch(`/api/templates/${encodeURIComponent(id)}/rating`, RatedTemplateSchema, { method: "POST", json: { stars } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: templateKeys.all }),
  });
}

export function usePublishTemplate(topologyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<PublishTemplateBody> & { title: string }) =>
      apiFetch(`/api/topologies/${topologyId}/publish`, PublishedTemplateSchema, { method: "POST", json: body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: templateKeys.all }),
  });
}

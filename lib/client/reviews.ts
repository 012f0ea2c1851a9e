"use client";

import { useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  ApprovalStatusSchema, ComplianceReportFileSchema, CreatedCommentSchema, CreatedDecisionSchema, MovedReviewSchema, ReviewEnvelopeSchema,
  ReviewPolicyViewSchema, RestoredVersionSchema, TopologyReviewsSchema, VersionComparisonSchema, VersionDetailSchema,
  type CreateReviewBody, type ReviewCommentBody, type ReviewDecisionBody, type ReviewEnvelope,
} from "@/lib/domain/api";
import { apiErrorOf, apiFetch, parseAnswer } from "./api";
import { saveBlob } from "./exports";
import { topologyKeys } from "./topologies";

/** Versions compared, restored and reported; reviews, their comments and decisions; production and the review policy. */

export const reviewKeys = {
  all: ["reviews"] as const,
  diff: (id: string, from: number, to: number) => ["reviews", "diff", id, from, to] as const,
  approval: (id: string, version?: number) => ["reviews", "approval", id, version ?? "newest"] as const,
  approvals: (id: string) => ["reviews", "approval", id] as const,
  list: (topologyId: string) => ["reviews", "list", topologyId] as const,
  /** The organisation-wide list (/reviews), one entry per filter. */
  organization: (involving?: string, status?: string) => ["reviews", "organization", ...(involving && status ? [involving, status] : [])] as const,
  review: (reviewId: string) => ["reviews", "review", reviewId] as const,
  policy: (orgId: string) => ["reviews", "policy", orgId] as const,
};

export type { VersionDetail } from "@/lib/domain/api";

/** One saved version with its document (old versions are upgraded to the current schema by the server). */
export function useVersionDocument(topologyId: string, number: number | undefined) {
  return useQuery({
    queryKey: topologyKeys.version(topologyId, number ?? 0),
    queryFn: () => apiFetch(`/api/topologies/${topologyId}/versions/${number}`, VersionDetailSchema),
    enabled: number !== undefined && number > 0,
    // A saved version never changes.
    staleTime: Infinity,
  });
}

export function useVersionDiff(topologyId: string, from: number | undefined, to: number | undefined) {
  const ready = from !== undefined && to !== undefined && from > 0 && to > 0 && from !== to;
  return useQuery({
    queryKey: reviewKeys.diff(topologyId, from ?? 0, to ?? 0),
    queryFn: () => apiFetch(`/api/topologies/${topologyId}/diff?from=${from}&to=${to}`, VersionComparisonSchema),
    enabled: ready,
    staleTime: Infinity,
  });
}

export function useRestoreVersion(topologyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (number: number) =>
      apiFetch(`/api/topologies/${topologyId}/versions/${number}/restore`, RestoredVersionSchema, { method: "POST" }),
    onSuccess: () => Promise.all([
      client.invalidateQueries({ queryKey: topologyKeys.all }),
      client.invalidateQueries({ queryKey: reviewKeys.approvals(topologyId) }),
    ]),
  });
}

/** Whether a version (the newest when none is named) may be exported, and whether the topology is production. */
export function useApprovalStatus(topologyId: string, version?: number) {
  const query = version === undefined ? "" : `?version=${version}`;
  return useQuery({
    queryKey: reviewKeys.approval(topologyId, version),
    queryFn: () => apiFetch(`/api/topologies/${topologyId}/production${query}`, ApprovalStatusSchema),
  });
}

export function useSetProduction(topologyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (production: boolean) =>
      apiFetch(`/api/topologies/${topologyId}/production`, ApprovalStatusSchema, { method: "PATCH", json: { production } }),
    // A status read already in flight would land after the answer and undo it on screen.
    onMutate: () => client.cancelQueries({ queryKey: reviewKeys.approval(topologyId) }),
    onSuccess: (status) => {
      // The answer is the newest version's status; other versions' statuses follow on refetch.
      client.setQueryData(reviewKeys.approval(topologyId), status);
      return client.invalidateQueries({ queryKey: reviewKeys.approvals(topologyId), predicate: (q) => q.queryKey[3] !== "newest" });
    },
  });
}

/** Downloads a version's compliance report: the PDF as the server names it, the JSON as `<slug>-v<N>-compliance.json`. */
export async function downloadReport(topologyId: string, number: number, format: "pdf" | "json"): Promise<string> {
  const response = await fetch(`/api/topologies/${topologyId}/versions/${number}/report?format=${format}`, {
    headers: { accept: format === "pdf" ? "application/pdf, application/json" : "application/json" },
    credentials: "same-origin",
  });
  if (!response.ok) throw apiErrorOf(response, await response.text());
  if (format === "pdf") {
    const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? `report-v${number}-compliance.pdf`;
    saveBlob(await response.blob(), name);
    return name;
  }
  const text = await response.text();
  const report = parseAnswer(`/api/topologies/${topologyId}/versions/${number}/report`, response.status, text, ComplianceReportFileSchema);
  const slug = report.topology.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "topology";
  const name = `${slug}-v${number}-compliance.json`;
  saveBlob(new Blob([JSON.stringify(report, null, 2)], { type: "application/json" }), name);
  return name;
}

export function useTopologyReviews(topologyId: string) {
  return useQuery({
    queryKey: reviewKeys.list(topologyId),
    queryFn: () => apiFetch(`/api/topologies/${topologyId}/reviews`, TopologyReviewsSchema),
  });
}

export function useRequestReview(topologyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateReviewBody) =>
      apiFetch(`/api/topologies/${topologyId}/reviews`, ReviewEnvelopeSchema, { method: "POST", json: body }),
    onSuccess: ({ review }) => {
      client.setQueryData(reviewKeys.review(review.id), { review });
      return Promise.all([
        client.invalidateQueries({ queryKey: reviewKeys.list(topologyId) }),
        client.invalidateQueries({ queryKey: reviewKeys.organization() }),
      ]);
    },
  });
}

export function useReview(reviewId: string) {
  return useQuery({
    queryKey: reviewKeys.review(reviewId),
    queryFn: () => apiFetch(`/api/reviews/${encodeURIComponent(reviewId)}`, ReviewEnvelopeSchema),
  });
}

/** The full reviews (with comments) of several review ids at once: the designer's open-comments panel. */
export function useReviews(reviewIds: readonly string[]) {
  return useQueries({
    queries: reviewIds.map((id) => ({
      queryKey: reviewKeys.review(id),
      queryFn: () => apiFetch(`/api/reviews/${encodeURIComponent(id)}`, ReviewEnvelopeSchema),
    })),
  });
}

/** After any change to a review: the review itself, its topology's list, the organisation's list and the export gate are stale. */
function useReviewChanged(reviewId: string) {
  const client = useQueryClient();
  return () => {
    const cached = client.getQueryData<ReviewEnvelope>(reviewKeys.review(reviewId));
    const topologyId = cached?.review.topologyId;
    return Promise.all([
      client.invalidateQueries({ queryKey: reviewKeys.review(reviewId) }),
      client.invalidateQueries({ queryKey: reviewKeys.organization() }),
      ...(topologyId ? [client.invalidateQueries({ queryKey: reviewKeys.list(topologyId) }), client.invalidateQueries({ queryKey: reviewKeys.approvals(topologyId) })] : []),
    ]);
  };
}

export function useCommentOnReview(reviewId: string) {
  const changed = useReviewChanged(reviewId);
  return useMutation({
    mutationFn: (body: ReviewCommentBody) =>
      apiFetch(`/api/reviews/${encodeURIComponent(reviewId)}/comments`, CreatedCommentSchema, { method: "POST", json: body }),
    onSuccess: changed,
  });
}

export function useDecideReview(reviewId: string) {
  const changed = useReviewChanged(reviewId);
  return useMutation({
    mutationFn: (body: ReviewDecisionBody) =>
      apiFetch(`/api/reviews/${encodeURIComponent(reviewId)}/decision`, CreatedDecisionSchema, { method: "POST", json: body }),
    onSuccess: changed,
  });
}

export function useMoveReviewVersion(reviewId: string) {
  const changed = useReviewChanged(reviewId);
  return useMutation({
    mutationFn: (version: number) =>
      apiFetch(`/api/reviews/${encodeURIComponent(reviewId)}/version`, MovedReviewSchema, { method: "POST", json: { version } }),
    onSuccess: changed,
  });
}

export function useReviewPolicy(orgId: string) {
  return useQuery({
    queryKey: reviewKeys.policy(orgId),
    queryFn: () => apiFetch(`/api/orgs/${encodeURIComponent(orgId)}/review-policy`, ReviewPolicyViewSchema),
  });
}

export function useUpdateReviewPolicy(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (approvalsRequired: number) =>
      apiFetch(`/api/orgs/${encodeURIComponent(orgId)}/review-policy`, ReviewPolicyViewSchema, { method: "PATCH", json: { approvalsRequired } }),
    onSuccess: (policy) => {
      client.setQueryData(reviewKeys.policy(orgId), policy);
      return client.invalidateQueries({ queryKey: ["reviews", "approval"] });
    },
  });
}

"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { DeletedDrillSchema, DrillEnvelopeSchema, DrillListSchema, type DrillView, type SaveDrillInput } from "@/lib/domain/api";
import { apiFetch } from "./api";

/** Saved outage drills: a topology's, a review's; saved, attached or detached, deleted. The server plays every drill itself. */

export const drillKeys = {
  all: ["drills"] as const,
  topology: (topologyId: string) => ["drills", "topology", topologyId] as const,
  topologyVersion: (topologyId: string, version?: number) => ["drills", "topology", topologyId, version ?? "all"] as const,
  review: (reviewId: string) => ["drills", "review", reviewId] as const,
};

const drillsPath = (topologyId: string) => `/api/topologies/${encodeURIComponent(topologyId)}/drills`;
const drillPath = (topologyId: string, drillId: string) => `${drillsPath(topologyId)}/${encodeURIComponent(drillId)}`;

/** Plays a drill on a saved version on the server and keeps it; answers the drill with the server's summary. */
export async function saveDrill(topologyId: string, body: SaveDrillInput): Promise<DrillView> {
  return (await apiFetch(drillsPath(topologyId), DrillEnvelopeSchema, { method: "POST", json: body })).drill;
}

/** A topology's saved drills, newest first; one version's when named. */
export async function listDrills(topologyId: string, options: { version?: number } = {}): Promise<DrillView[]> {
  const query = options.version === undefined ? "" : `?version=${options.version}`;
  return (await apiFetch(`${drillsPath(topologyId)}${query}`, DrillListSchema)).drills;
}

/** The drills attached to a review, newest first. */
export async function listReviewDrills(reviewId: string): Promise<DrillView[]> {
  return (await apiFetch(`/api/reviews/${encodeURIComponent(reviewId)}/drills`, DrillListSchema)).drills;
}

/** Attaches a drill to a review of its topology, or detaches it (null). */
export async function attachDrill(topologyId: string, drillId: string, reviewId: string | null): Promise<DrillView> {
  return (await apiFetch(drillPath(topologyId, drillId), DrillEnvelopeSchema, { method: "PATCH", json: { reviewId } })).drill;
}

export async function deleteDrill(topologyId: string, drillId: string): Promise<string> {
  return (await apiFetch(drillPath(topologyId, drillId), DeletedDrillSchema, { method: "DELETE" })).id;
}

/** `enabled: false` asks nothing of the server until it is needed (a page that may or may not show drills). */
export function useTopologyDrills(topologyId: string, version?: number, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: drillKeys.topologyVersion(topologyId, version),
    queryFn: () => listDrills(topologyId, { version }),
    enabled: options.enabled ?? true,
  });
}

export function useReviewDrills(reviewId: string) {
  return useQuery({ queryKey: drillKeys.review(reviewId), queryFn: () => listReviewDrills(reviewId) });
}

/** After any change to a drill, every drill list may be stale: the topology's, and the reviews' it left or joined. */
function useDrillsChanged() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: drillKeys.all });
}

export function useSaveDrill(topologyId: string) {
  const changed = useDrillsChanged();
  return useMutation({ mutationFn: (body: SaveDrillInput) => saveDrill(topologyId, body), onSuccess: changed });
}

export function useAttachDrill(topologyId: string) {
  const changed = useDrillsChanged();
  return useMutation({
    mutationFn: ({ drillId, reviewId }: { drillId: string; reviewId: string | null }) => attachDrill(topologyId, drillId, reviewId),
    onSuccess: changed,
  });
}

export function useDeleteDrill(topologyId: string) {
  const changed = useDrillsChanged();
  return useMutation({ mutationFn: (drillId: string) => deleteDrill(topologyId, drillId), onSuccess: changed });
}

import type { QueryClient } from "@tanstack/react-query";
import type { ValidationCounts } from "@/lib/domain/api";
import type { TopologyDocument } from "@/lib/domain/schema";
import { topologyKeys, type TopologyDetail } from "./topologies";

export interface SavedVersionFacts {
  version: number;
  digest: string;
  validation: ValidationCounts;
  document: TopologyDocument;
}

/** Brings cached queries up to a version the designer just saved. Safe to call after the designer closed. */
export function cacheSavedVersion(client: QueryClient, topologyId: string, saved: SavedVersionFacts): void {
  const detailKey = topologyKeys.detail(topologyId);
  // Reopening the designer starts from the cached detail, so it must hold what was saved, not what was opened.
  client.setQueryData<TopologyDetail>(detailKey, (old) =>
    old && {
      ...old,
      topology: { ...old.topology, currentVersion: saved.version },
      version: { ...old.version, number: saved.version, digest: saved.digest, validation: saved.validation },
      document: saved.document,
    },
  );
  // The version's author, message and time come with the next read; refetching the open designer's
  // document now would only repeat what it holds.
  void client.invalidateQueries({ queryKey: detailKey, refetchType: "none" });
  // Lists and this topology's history show the new version number. A read already in flight may have started
  // before the save landed, and a first read would absorb the invalidation: cancel it, then read afresh.
  for (const queryKey of [topologyKeys.lists, topologyKeys.versions(topologyId)]) {
    void client.cancelQueries({ queryKey }).then(() => client.invalidateQueries({ queryKey }));
  }
}

"use client";

import { useSearchParams } from "next/navigation";
import { useEffect, useMemo } from "react";
import { useTopologyDrills } from "@/lib/client/drills";

/**
 * A designer link with `?drill=ID` (from a review or the saved list) opens the simulation and plays that saved
 * drill. Answers the drill to replay, once the topology's drills are loaded.
 */
export function useDrillFromLink(topologyId: string, open: () => void) {
  const drillId = useSearchParams().get("drill");
  const drills = useTopologyDrills(topologyId, undefined, { enabled: drillId !== null });
  const drill = drillId ? drills.data?.find((d) => d.id === drillId) : undefined;
  useEffect(() => {
    if (drill) open();
  }, [drill?.id]); // eslint-disable-line react-hooks/exhaustive-deps
  return useMemo(
    () => (drill ? { key: drill.id, spec: drill.spec, seed: drill.seed, version: drill.version } : undefined),
    [drill],
  );
}

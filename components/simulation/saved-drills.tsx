"use client";

import { SavedDrillList } from "@/components/drills/saved-drill-list";
import { useDeleteDrill, useTopologyDrills } from "@/lib/client/drills";

/** The topology's saved drills; opening one plays it again beside the canvas. */
export function SavedDrills({ topologyId }: { topologyId: string }) {
  const drills = useTopologyDrills(topologyId);
  const remove = useDeleteDrill(topologyId);
  if (drills.error) return <p role="alert" className="text-xs text-sev-error">Saved drills could not be loaded: {drills.error.message}</p>;
  if (!drills.data) return <p className="text-xs text-slate-500">Loading saved drills…</p>;
  return (
    <SavedDrillList drills={drills.data} openInDesigner onDelete={(d) => remove.mutate(d.id)} pendingDrillId={remove.isPending ? remove.variables : undefined}
      emptyText="No saved drills yet: play one above and save it with the version." />
  );
}

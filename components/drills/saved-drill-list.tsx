import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Time } from "@/components/ui/time";
import type { DrillView } from "@/lib/domain/api";
import { drillOutcomeSentence } from "./drill-outcome";

/** Where the designer replays a saved drill. */
export function drillDesignerHref(drill: Pick<DrillView, "id" | "topologyId">): string {
  return `/topologies/${encodeURIComponent(drill.topologyId)}?drill=${encodeURIComponent(drill.id)}`;
}

interface Props {
  drills: readonly DrillView[];
  /** Show an "Open in designer" link on each drill. */
  openInDesigner?: boolean;
  /** Offered on attached drills the caller may change (`canChange`). */
  onDetach?(drill: DrillView): void;
  /** Offered on drills the caller may change. */
  onDelete?(drill: DrillView): void;
  /** A drill whose change is under way: its buttons wait. */
  pendingDrillId?: string;
  /** Said when there is no drill. */
  emptyText?: string;
}

/** Saved outage drills: what failed on which version, what the server's run found, who saved it and when. */
export function SavedDrillList({ drills, openInDesigner = false, onDetach, onDelete, pendingDrillId, emptyText = "No saved drills." }: Props) {
  if (drills.length === 0) return <p className="text-xs text-slate-600">{emptyText}</p>;
  return (
    <ul className="divide-y divide-slate-100" aria-label="Saved outage drills">
      {drills.map((drill) => {
        const pending = drill.id === pendingDrillId;
        const detach = onDetach && drill.canChange && drill.reviewId !== null;
        const remove = onDelete && drill.canChange;
        return (
          <li key={drill.id} className="py-2" data-testid="saved-drill">
            <div className="flex items-baseline justify-between gap-2">
              <p className="min-w-0 text-sm">
                <span className="font-medium text-slate-900">{drill.name}</span>{" "}
                <span className="rounded bg-slate-100 px-1 text-[11px] text-slate-700">v{drill.version}</span>
              </p>
              {openInDesigner ? (
                <Link href={drillDesignerHref(drill)} className="shrink-0 text-xs font-medium text-blue-700 hover:underline">
                  Open in designer
                </Link>
              ) : null}
            </div>
            <p className="text-xs text-slate-700">
              Loses {drill.summary.failure.label}:{" "}
              {drill.summary.failure.validatorsDown === 0 ? "no validator down" : `${drill.summary.failure.validatorsDown} of ${drill.summary.validators} validators down`}
            </p>
            <p className="text-sm text-slate-900" title={drill.summary.summary}>{drillOutcomeSentence(drill.summary, drill.spec.horizonMs)}</p>
            <div className="mt-0.5 flex items-center justify-between gap-2">
              <p className="text-xs text-slate-600">
                {drill.createdBy.name ?? drill.createdBy.email ?? "Someone"} · <Time iso={drill.createdAt} /> · seed {drill.seed}
              </p>
              {detach || remove ? (
                <span className="flex shrink-0 gap-1">
                  {detach ? <Button size="sm" variant="ghost" disabled={pending} onClick={() => onDetach(drill)}>Detach</Button> : null}
                  {remove ? <Button size="sm" variant="ghost" disabled={pending} onClick={() => onDelete(drill)} aria-label={`Delete drill ${drill.name}`}>Delete</Button> : null}
                </span>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

import type { ToleranceDelta, ToleranceSide } from "@/lib/domain/diff/impact-diff";
import { SummaryCard } from "./summary-card";

const side = (s: ToleranceSide) => `${s.tolerance} of ${s.validators} validator${s.validators === 1 ? "" : "s"} may go offline (quorum ${s.quorum})`;

/** How many validators may go offline before and after, and the failure domains the chain stopped or started surviving. */
export function ToleranceChange({ tolerance }: { tolerance: ToleranceDelta }) {
  const same = side(tolerance.before) === side(tolerance.after);
  return (
    <SummaryCard title="Failure tolerance">
      {same ? <p>{side(tolerance.after)}, unchanged</p> : <p>{side(tolerance.before)} → <strong className="font-semibold">{side(tolerance.after)}</strong></p>}
      {tolerance.lost.length ? (
        <p className="mt-1.5 text-sev-error">No longer survives losing {tolerance.lost.map((d) => d.label).join(", ")}</p>
      ) : null}
      {tolerance.gained.length ? (
        <p className="mt-1.5 text-ok">Now survives losing {tolerance.gained.map((d) => d.label).join(", ")}</p>
      ) : null}
      {!tolerance.lost.length && !tolerance.gained.length ? <p className="mt-1.5 text-slate-600">Survives the same failure domains.</p> : null}
      <p className="mt-2 text-xs text-slate-500">{tolerance.after.summary}</p>
    </SummaryCard>
  );
}

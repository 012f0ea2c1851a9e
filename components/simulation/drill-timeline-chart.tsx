"use client";

import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { DrillResult } from "@/lib/domain/simulation";

/** Spans where blocks were not coming at their normal pace, in seconds. */
export function stalledSpans(drill: Pick<DrillResult, "series">): { from: number; to: number }[] {
  const spans: { from: number; to: number }[] = [];
  let start: number | undefined;
  for (const point of drill.series) {
    if (!point.producing && start === undefined) start = point.atMs;
    if (point.producing && start !== undefined) {
      spans.push({ from: start / 1000, to: point.atMs / 1000 });
      start = undefined;
    }
  }
  const last = drill.series[drill.series.length - 1];
  if (start !== undefined && last) spans.push({ from: start / 1000, to: last.atMs / 1000 });
  return spans;
}

/**
 * Validators that can exchange messages against the quorum over the drill, with the stretches without blocks
 * shaded and the moment the canvas shows marked. The events list beside it says the same in words.
 */
export function DrillTimelineChart({ drill, cursorMs }: { drill: DrillResult; cursorMs: number }) {
  const data = drill.series.map((p) => ({ t: p.atMs / 1000, connected: p.validatorsConnected, up: p.validatorsUp, quorum: p.quorum }));
  return (
    <div className="h-40 w-full" role="img" aria-label={`Timeline: ${drill.summary.summary}`} data-testid="drill-chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 6, right: 8, bottom: 0, left: -20 }}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="t" type="number" domain={[0, drill.spec.horizonMs / 1000]} tickFormatter={(s: number) => `${Math.round(s)}s`} fontSize={10} stroke="#64748b" />
          <YAxis allowDecimals={false} domain={[0, drill.validators]} fontSize={10} stroke="#64748b" />
          {stalledSpans(drill).map((s) => (
            <ReferenceArea key={s.from} x1={s.from} x2={s.to} fill="#fecaca" fillOpacity={0.6} ifOverflow="extendDomain" />
          ))}
          <Line type="stepAfter" dataKey="connected" name="Validators exchanging messages" stroke="#1d4ed8" dot={false} strokeWidth={2} isAnimationActive={false} />
          <Line type="stepAfter" dataKey="quorum" name="Quorum" stroke="#b45309" strokeDasharray="4 3" dot={false} isAnimationActive={false} />
          <ReferenceLine x={cursorMs / 1000} stroke="#0f172a" strokeWidth={1} />
          <Tooltip formatter={(value, name) => [String(value), String(name)]} labelFormatter={(s) => `${Number(s).toFixed(1)} s`} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

"use client";

import { useMemo } from "react";
import type { ElementOverlay } from "@/components/canvas/overlay/overlay";
import { ReadOnlyCanvas } from "@/components/canvas/read-only-canvas";
import type { StructuralDiff } from "@/lib/domain/diff/structural-diff";
import type { TopologyDocument } from "@/lib/domain/schema";
import { DiffLegend } from "./diff-legend";
import { visualDiff } from "./diff-document";

interface Props {
  from: number;
  to: number;
  older: TopologyDocument;
  newer: TopologyDocument;
  structure: StructuralDiff;
}

/** The newer version drawn read-only with what the older one had put back: added green, removed red, changed amber. */
export function DiffCanvas({ from, to, older, newer, structure }: Props) {
  const view = useMemo(() => visualDiff(older, newer, structure), [older, newer, structure]);
  const overlays = useMemo(() => new Map<string, ElementOverlay>([...view.marks].map(([id, mark]) => [id, { mark }])), [view.marks]);
  return (
    <section aria-label="Visual diff" className="overflow-hidden rounded-lg border border-slate-200 bg-white">
      <div className="border-b border-slate-200 px-4 py-2">
        <DiffLegend from={from} to={to} />
      </div>
      <div className="h-[26rem] bg-slate-50">
        <ReadOnlyCanvas key={`${from}-${to}`} doc={view.doc} overlays={overlays} embedded label={`Visual diff of version ${from} and version ${to}`} testId="diff-canvas" />
      </div>
    </section>
  );
}

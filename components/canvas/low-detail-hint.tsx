"use client";

import { Panel, useStore } from "@xyflow/react";
import { LOW_DETAIL_ZOOM } from "./detail-level";

/** Says why the canvas shows plain boxes, and how to bring the names back. */
export function LowDetailHint() {
  const percent = useStore((s) => Math.round(s.transform[2] * 100));
  return (
    <Panel position="top-left" className="!m-3 rounded-md border border-slate-200 bg-white/90 px-2 py-1 text-xs text-slate-600 shadow-xs" data-testid="low-detail-hint">
      Zoomed out ({percent}%): zoom in past {Math.round(LOW_DETAIL_ZOOM * 100)}% to read names.
    </Panel>
  );
}

"use client";

import { useReactFlow } from "@xyflow/react";
import { useCallback } from "react";
import type { CanvasTarget } from "@/components/canvas/overlay/overlay";
import type { TopologyDocument } from "@/lib/domain/schema";

/** Centres the canvas on an element (a link on both its regions), as the problems panel does. */
export function useRevealElement(doc: TopologyDocument | undefined) {
  const flow = useReactFlow();
  return useCallback(
    (target: CanvasTarget) => {
      const link = target.kind === "link" ? doc?.links.find((l) => l.id === target.id) : undefined;
      const ids = link ? [link.from, link.to] : [target.id];
      requestAnimationFrame(() => void flow.fitView({ nodes: ids.map((id) => ({ id })), duration: 300, maxZoom: 1.2, padding: 0.4 }));
    },
    [flow, doc],
  );
}

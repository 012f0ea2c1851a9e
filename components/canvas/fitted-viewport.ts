import { getViewportForBounds, type Viewport } from "@xyflow/react";
import { boundingRect } from "./geometry";

export interface FitOptions {
  padding: number;
  minZoom: number;
  maxZoom: number;
}

interface Placed {
  position: { x: number; y: number };
  width?: number;
  height?: number;
  parentId?: string;
}

/**
 * The viewport that shows every node, computed from the sizes the canvas already gives each node. Known before
 * the first render, so a large design is drawn once at its final zoom instead of at 100% and then refitted.
 */
export function fittedViewport(nodes: readonly Placed[], size: { width: number; height: number }, options: FitOptions): Viewport {
  // Children sit inside their parents, so the top-level boxes bound everything.
  const bounds = boundingRect(nodes.filter((n) => !n.parentId).map((n) => ({ ...n.position, width: n.width ?? 0, height: n.height ?? 0 })));
  if (!bounds || size.width <= 0 || size.height <= 0) return { x: 0, y: 0, zoom: 1 };
  const fitted = getViewportForBounds(bounds, size.width, size.height, options.minZoom, options.maxZoom, options.padding);
  // Too large to fit even at the smallest zoom: start from the top left (the first regions of each cloud), not the middle.
  const { zoom } = fitted;
  const x = bounds.width * zoom > size.width ? EDGE_MARGIN - bounds.x * zoom : fitted.x;
  const y = bounds.height * zoom > size.height ? EDGE_MARGIN - bounds.y * zoom : fitted.y;
  return { x, y, zoom };
}

/** Screen pixels left free above and left of a design too large to fit. */
const EDGE_MARGIN = 16;

import { getViewportForBounds, type Viewport } from "@xyflow/react";
import type { Rect } from "./geometry";

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
  const bounds = boundsOf(nodes.filter((n) => !n.parentId));
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

function boundsOf(nodes: readonly Placed[]): Rect | undefined {
  if (nodes.length === 0) return undefined;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const n of nodes) {
    minX = Math.min(minX, n.position.x);
    minY = Math.min(minY, n.position.y);
    maxX = Math.max(maxX, n.position.x + (n.width ?? 0));
    maxY = Math.max(maxY, n.position.y + (n.height ?? 0));
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

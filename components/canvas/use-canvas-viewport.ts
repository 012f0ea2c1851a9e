"use client";

import { useStoreApi, type Viewport } from "@xyflow/react";
import { startTransition, useCallback, useEffect, useLayoutEffect, useState, type RefObject } from "react";
import { LOW_DETAIL_ZOOM } from "./detail-level";
import { fittedViewport, type FitOptions } from "./fitted-viewport";

/**
 * The view each editing session (one React Flow provider) last had, for when the canvas comes back from the map.
 * Keyed by the store's getState: useStoreApi() wraps the one store in a new object for every component.
 */
const lastViewports = new WeakMap<() => unknown, Viewport>();

/**
 * The canvas's view. It opens on the whole design the first time in an editing session, computed from the sizes
 * every node already has before the canvas mounts, and afterwards wherever the user left it. `initialViewport` is
 * null until the frame has been measured: the canvas is not drawn before.
 *
 * `lowDetail` (zoomed out past the point where text can be read) is decided with the first view, so a large design
 * is drawn once, as plain boxes at its final zoom; later crossings redraw every node as a transition, which never
 * holds up the zoom itself.
 */
export function useCanvasViewport(frameRef: RefObject<HTMLElement | null>, nodes: Parameters<typeof fittedViewport>[0], fit: FitOptions) {
  const flowStore = useStoreApi();
  const [initialViewport, setInitialViewport] = useState<Viewport | null>(null);
  const [lowDetail, setLowDetail] = useState(false);

  useLayoutEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    const viewport = lastViewports.get(flowStore.getState) ?? fittedViewport(nodes, { width: frame.clientWidth, height: frame.clientHeight }, fit);
    // React Flow applies its default viewport after the nodes' first render: set now, they render at this zoom.
    flowStore.setState({ transform: [viewport.x, viewport.y, viewport.zoom] });
    setLowDetail(viewport.zoom < LOW_DETAIL_ZOOM);
    setInitialViewport(viewport);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the view the canvas opens with
  }, []);

  useEffect(() => {
    let current = flowStore.getState().transform[2] < LOW_DETAIL_ZOOM;
    return flowStore.subscribe((state) => {
      const next = state.transform[2] < LOW_DETAIL_ZOOM;
      if (next === current) return;
      current = next;
      startTransition(() => setLowDetail(next));
    });
  }, [flowStore]);

  /** For React Flow's onMoveEnd: remembers the view, pans and zooms alike. */
  const rememberViewport = useCallback((_event: unknown, viewport: Viewport) => lastViewports.set(flowStore.getState, viewport), [flowStore]);
  return { initialViewport, lowDetail, rememberViewport };
}

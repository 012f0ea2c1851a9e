"use client";

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { fitZoom, zoomAround, type Point, type ZoomTransform } from "./map-geometry";

/**
 * Zoom and pan as a plain transform (pins and labels keep their size). Until the user zooms or pans,
 * the view follows the regions (fit); `fitToRegions` goes back to that, and so does a new map size.
 */
export function useMapZoom(regionPoints: ReadonlyMap<string, Point>, width: number, height: number) {
  const fitted = useMemo(() => fitZoom([...regionPoints.values()], width, height), [regionPoints, width, height]);
  const [manualZoom, setManualZoom] = useState<ZoomTransform | null>(null);
  const zoom = manualZoom ?? fitted;
  // For event handlers and effects that must see the latest zoom without re-subscribing.
  const zoomRef = useRef(zoom);
  useLayoutEffect(() => {
    zoomRef.current = zoom;
  }, [zoom]);
  const setZoom = useCallback((next: (z: ZoomTransform) => ZoomTransform) => setManualZoom((m) => next(m ?? zoomRef.current)), []);
  useEffect(() => setManualZoom(null), [width, height]);

  /** Zooms about the centre of the map (the buttons). */
  const zoomBy = useCallback(
    (factor: number) => setZoom((z) => zoomAround(z, [width / 2, height / 2], factor, width, height)),
    [width, height, setZoom],
  );
  const fitToRegions = useCallback(() => setManualZoom(null), []);
  return { zoom, zoomRef, setZoom, zoomBy, fitToRegions, isFitted: manualZoom === null };
}

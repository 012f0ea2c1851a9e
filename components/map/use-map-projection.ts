"use client";

import { geoNaturalEarth1, geoPath } from "d3-geo";
import { useMemo } from "react";
import { projectArc, type Point } from "./map-geometry";
import type { MapModel } from "./map-model";
import { FIT_PADDING } from "./map-style";
import { world } from "./world";

/**
 * Everything that depends on the map's size only: the projection fitted to the box, the base map's
 * paths, and each region and arc in map space (zoom applies on top, without recomputing these).
 */
export function useMapProjection(model: MapModel, width: number, height: number) {
  const projection = useMemo(
    () =>
      geoNaturalEarth1()
        // Finer resampling than d3's default, since arcs are drawn once and then scaled up to 8×.
        .precision(0.15)
        .fitExtent([[FIT_PADDING, FIT_PADDING], [width - FIT_PADDING, height - FIT_PADDING]], world().land),
    [width, height],
  );
  const basemap = useMemo(() => {
    const path = geoPath(projection);
    const { land, borders } = world();
    return { land: path(land) ?? "", borders: path(borders) ?? "" };
  }, [projection]);
  const regionPoints = useMemo(() => {
    const points = new Map<string, Point>();
    for (const r of model.regions) {
      const p = projection(r.lonLat);
      if (p) points.set(r.id, [p[0], p[1]]);
    }
    return points;
  }, [model, projection]);
  const arcGeometry = useMemo(
    () => model.links.map((l) => projectArc(projection, l.from.lonLat, l.to.lonLat)),
    [model, projection],
  );
  return { basemap, regionPoints, arcGeometry };
}

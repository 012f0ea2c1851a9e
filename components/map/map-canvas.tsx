"use client";

import clsx from "clsx";
import { useId, useMemo, useRef } from "react";
import { type Provider } from "@/lib/domain/region-key";
import { MapLegend } from "./map-legend";
import { MAX_ZOOM, type Severity } from "./map-geometry";
import { layoutLabels, reservedAreas } from "./map-labels";
import { ArcLayer, BaseMapLayer, LabelLayer, LinkFocusStops, LostHatchPattern, PinLayer } from "./map-layers";
import { ZoomControls } from "./map-controls";
import type { MapModel } from "./map-model";
import { mapSpaceArcPaths, screenArcs, screenPins } from "./map-screen";
import { useBoxSize } from "./use-box-size";
import { useMapPointer } from "./use-map-pointer";
import { useMapProjection } from "./use-map-projection";
import { useMapZoom } from "./use-map-zoom";

export interface MapCanvasProps {
  model: MapModel;
  width: number;
  height: number;
  selectedIds: ReadonlySet<string>;
  onSelect(id: string | null, additive: boolean): void;
  lostRegionIds: ReadonlySet<string>;
  badges: ReadonlyMap<string, Severity>;
}

/** The legend's size before it is measured (and in server rendering), px. */
const LEGEND_ESTIMATE = { width: 275, height: 92 };
const PROVIDER_ORDER = ["azure", "aws", "gcp"] as const;

/** The drawing itself, at a known size: base map, arcs, pins, labels, legend and zoom buttons. */
export function MapCanvas({ model, width, height, selectedIds, onSelect, lostRegionIds, badges }: MapCanvasProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const uid = useId().replace(/[^A-Za-z0-9_-]/g, "");
  const hatchId = `${uid}-lost-hatch`;

  // Per map size: projection, base map and arcs in map space. Per zoom: what lands where on screen.
  const { basemap, regionPoints, arcGeometry } = useMapProjection(model, width, height);
  const { zoom, zoomRef, setZoom, zoomBy, fitToRegions, isFitted } = useMapZoom(regionPoints, width, height);
  const pins = useMemo(() => screenPins(model, regionPoints, zoom), [model, regionPoints, zoom]);
  const pinsById = useMemo(() => new Map(pins.map((p) => [p.id, p])), [pins]);
  const arcPaths = useMemo(() => mapSpaceArcPaths(arcGeometry), [arcGeometry]);
  const arcs = useMemo(() => screenArcs(model, arcGeometry, arcPaths, pinsById, zoom), [model, arcGeometry, arcPaths, pinsById, zoom]);

  // Labels keep clear of the legend (measured) and the zoom buttons.
  const legendRef = useRef<HTMLDivElement>(null);
  const legendSize = useBoxSize(legendRef, LEGEND_ESTIMATE);
  const reserved = useMemo(() => reservedAreas(width, height, legendSize), [width, height, legendSize]);
  const labels = useMemo(
    () => layoutLabels(model, pins, arcs, selectedIds, lostRegionIds, reserved, width, height),
    [model, pins, arcs, selectedIds, lostRegionIds, reserved, width, height],
  );

  const { focusedId, handlers } = useMapPointer({ svgRef, width, height, zoom, zoomRef, setZoom, onSelect });

  const landTransform = `translate(${zoom.x},${zoom.y}) scale(${zoom.k})`;
  const providers = useMemo(() => {
    const seen = new Set<Provider>(model.regions.map((r) => r.provider));
    return PROVIDER_ORDER.filter((p) => seen.has(p));
  }, [model]);
  const linksById = useMemo(() => new Map(model.links.map((l) => [l.id, l])), [model]);
  const items = { model, selectedIds, lostRegionIds };

  return (
    <>
      <svg
        ref={svgRef}
        role="group"
        aria-label="Map of regions and links"
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        height="100%"
        className={clsx("block select-none", zoom.k > 1 && "cursor-grab active:cursor-grabbing")}
        style={{ touchAction: zoom.k > 1 ? "none" : "auto" }}
        {...handlers}
      >
        <LostHatchPattern id={hatchId} />
        <BaseMapLayer width={width} height={height} land={basemap.land} borders={basemap.borders} transform={landTransform} />
        <ArcLayer {...items} badges={badges} arcs={arcs} focusedId={focusedId} transform={landTransform} />
        <PinLayer {...items} badges={badges} pins={pins} focusedId={focusedId} lostFill={`url(#${hatchId})`} />
        <LabelLayer {...items} labels={labels} linksById={linksById} />
        <LinkFocusStops {...items} badges={badges} />
      </svg>

      <div ref={legendRef} className="pointer-events-none absolute bottom-2 left-2 max-w-[calc(100%-1rem)]">
        <MapLegend providers={providers} showLost={lostRegionIds.size > 0} lostFill={`url(#${hatchId})`} />
      </div>
      <ZoomControls
        canZoomIn={zoom.k < MAX_ZOOM}
        canZoomOut={zoom.k > 1}
        isFitted={isFitted}
        onZoomIn={() => zoomBy(1.6)}
        onZoomOut={() => zoomBy(1 / 1.6)}
        onFit={fitToRegions}
      />
    </>
  );
}

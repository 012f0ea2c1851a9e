"use client";

// The world map face of a topology document: regions as pins at their catalog coordinates, declared
// links as great-circle arcs coloured by round-trip time. Drawn with d3-geo on the bundled
// Natural Earth 1:110m countries (world-atlas), so it needs no tile server and no network.

import clsx from "clsx";
import { geoNaturalEarth1, geoPath } from "d3-geo";
import { Minus, Plus, Scan } from "lucide-react";
import {
  memo,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent as ReactFocusEvent,
  type JSX,
  type KeyboardEvent as ReactKeyboardEvent,
  type MouseEvent as ReactMouseEvent,
  type PointerEvent as ReactPointerEvent,
  type ReactNode,
  type RefObject,
} from "react";
import { type Provider } from "@/lib/domain/region-key";
import type { TopologyDocument } from "@/lib/domain/schema";
import { MapLegend } from "./map-legend";
import {
  FOCUS_COLOUR,
  LOST_COLOUR,
  MAX_RTT_LABELS,
  MAX_ZOOM,
  PROVIDER_COLOURS,
  RectIndex,
  SELECTED_COLOUR,
  SEVERITY_COLOURS,
  IDENTITY_ZOOM,
  applyZoom,
  arcOpacity,
  arcPathData,
  clampZoom,
  describeUnplaced,
  fitZoom,
  formatMs,
  pinBox,
  pinRadius,
  placeLabels,
  projectArc,
  rttColour,
  separatePins,
  unapplyZoom,
  zoomAround,
  type ArcGeometry,
  type LabelRequest,
  type PlacedLabel,
  type Point,
  type Rect,
  type Severity,
  type ZoomTransform,
} from "./map-geometry";
import {
  buildMapModel,
  linkAriaLabel,
  linkTooltip,
  regionAriaLabel,
  regionTooltip,
  type MapModel,
} from "./map-model";
import { world } from "./world";

export interface TopologyMapProps {
  doc: TopologyDocument;
  /** Document element ids (region or link ids). */
  selectedIds: ReadonlySet<string>;
  onSelect(id: string | null, additive: boolean): void;
  /** Regions lost in a simulated outage: drawn greyed out, their links dashed grey. */
  lostRegionIds?: ReadonlySet<string>;
  /** Worst finding per element id. */
  badges?: ReadonlyMap<string, Severity>;
  /**
   * Fixed size in px. Without it the map fills its box (16:9 by default, or whatever `className`
   * gives it) and follows its size with a ResizeObserver; the fixed size is also what server
   * rendering draws before the first measurement.
   */
  width?: number;
  height?: number;
  /** Classes of the map's box, e.g. "h-full w-full" to fill a sized parent. */
  className?: string;
}

const EMPTY_SET: ReadonlySet<string> = new Set();
const EMPTY_BADGES: ReadonlyMap<string, Severity> = new Map();
const FIT_PADDING = 12;
const REGION_LABEL_PX = 11;
const RTT_LABEL_PX = 10;
const LAND_FILL = "#e4e7ec";
const BORDER_STROKE = "#ffffff";
const OCEAN_FILL = "#f8fafc";
const LABEL_FILL = "#344054";
const RTT_LABEL_FILL = "#475467";
const NO_SHIFT: Point = [0, 0];
/** The legend's size before it is measured (and in server rendering), px. */
const LEGEND_ESTIMATE = { width: 275, height: 92 };

export function TopologyMap(props: TopologyMapProps): JSX.Element {
  const { doc } = props;
  const fixed = props.width !== undefined && props.height !== undefined;
  const boxRef = useRef<HTMLDivElement>(null);
  // A fixed size draws at once (also on the server); otherwise the map is drawn once its box is measured,
  // so nothing is computed for a size that is never shown.
  const size = useBoxSize(boxRef, fixed ? { width: props.width as number, height: props.height as number } : null);

  // Independent of the screen: the document's regions and links (with RTTs), memoised on the document.
  const model = useMemo(() => buildMapModel(doc.regions, doc.nodeGroups, doc.links), [doc.regions, doc.nodeGroups, doc.links]);
  const unplacedNote = describeUnplaced(model.unplaced);

  return (
    <div className={clsx("flex flex-col gap-1.5", props.className && !fixed && "h-full")}>
      <div
        ref={boxRef}
        className={clsx(
          "relative overflow-hidden rounded-md border border-slate-200",
          fixed && "box-content",
          props.className ?? (fixed ? undefined : "aspect-[16/9] w-full"),
        )}
        style={{ backgroundColor: OCEAN_FILL, ...(fixed ? { width: props.width, height: props.height } : {}) }}
      >
        {size ? (
          <MapCanvas
            model={model}
            width={size.width}
            height={size.height}
            selectedIds={props.selectedIds}
            onSelect={props.onSelect}
            lostRegionIds={props.lostRegionIds ?? EMPTY_SET}
            badges={props.badges ?? EMPTY_BADGES}
          />
        ) : null}
      </div>
      {unplacedNote || model.undrawnLinkCount > 0 ? (
        <p className="text-xs text-slate-600">
          {unplacedNote}
          {unplacedNote && model.undrawnLinkCount > 0 ? ". " : null}
          {model.undrawnLinkCount > 0
            ? `${model.undrawnLinkCount} link${model.undrawnLinkCount === 1 ? "" : "s"} not drawn (an end is not on the map).`
            : unplacedNote
              ? "."
              : null}
        </p>
      ) : null}
    </div>
  );
}

interface MapCanvasProps {
  model: MapModel;
  width: number;
  height: number;
  selectedIds: ReadonlySet<string>;
  onSelect(id: string | null, additive: boolean): void;
  lostRegionIds: ReadonlySet<string>;
  badges: ReadonlyMap<string, Severity>;
}

/** The drawing itself, at a known size: base map, arcs, pins, labels, legend and zoom buttons. */
function MapCanvas({ model, width, height, selectedIds, onSelect, lostRegionIds, badges }: MapCanvasProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const uid = useId().replace(/[^A-Za-z0-9_-]/g, "");
  const hatchId = `${uid}-lost-hatch`;

  // ---- Per map size: projection, base map and projected arcs.
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

  // ---- Zoom and pan (a plain transform; pins and labels keep their size).
  // Until the user zooms or pans, the view follows the regions (fit); "Fit" goes back to that.
  const fitted = useMemo(() => fitZoom([...regionPoints.values()], width, height), [regionPoints, width, height]);
  const [manualZoom, setManualZoom] = useState<ZoomTransform | null>(null);
  const zoom = manualZoom ?? fitted;
  const zoomRef = useRef(zoom);
  useLayoutEffect(() => {
    zoomRef.current = zoom;
  }, [zoom]);
  const setZoom = useCallback((next: (z: ZoomTransform) => ZoomTransform) => setManualZoom((m) => next(m ?? zoomRef.current)), []);
  useEffect(() => setManualZoom(null), [width, height]);

  // ---- Per zoom: pins on screen, nudged apart where they share a spot, and the arcs that meet them.
  const pins = useMemo(() => {
    const circles = model.regions.flatMap((r) => {
      const p = regionPoints.get(r.id);
      if (!p) return [];
      const [x, y] = applyZoom(zoom, p);
      return [{ id: r.id, x, y, r: pinRadius(r.nodeCount) }];
    });
    const shifts = separatePins(circles);
    return circles.map((c) => {
      const s = shifts.get(c.id);
      return s ? { ...c, x: c.x + s[0], y: c.y + s[1], shift: s } : { ...c, shift: NO_SHIFT };
    });
  }, [model, regionPoints, zoom]);
  const pinsById = useMemo(() => new Map(pins.map((p) => [p.id, p])), [pins]);
  // Arcs are drawn in map space under the zoom transform (zooming re-renders none of them); only a link
  // whose two pins had to be nudged apart (same city) is redrawn per zoom, as a short line between them.
  const arcPaths = useMemo(() => arcGeometry.map((g) => arcPathData(g, IDENTITY_ZOOM)), [arcGeometry]);
  const arcs = useMemo(
    () =>
      model.links.map((l, i) => {
        const g = arcGeometry[i] as ArcGeometry;
        const pa = pinsById.get(l.from.id);
        const pb = pinsById.get(l.to.id);
        const sa = pa?.shift ?? NO_SHIFT;
        const sb = pb?.shift ?? NO_SHIFT;
        const mid = g.mid ? applyZoom(zoom, g.mid) : null;
        let d = arcPaths[i] as string;
        if (pa && pb && (sa !== NO_SHIFT || sb !== NO_SHIFT)) {
          const apart = Math.hypot(pb.x - sb[0] - (pa.x - sa[0]), pb.y - sb[1] - (pa.y - sa[1]));
          if (apart < pa.r + pb.r + 4) {
            const [ax, ay] = unapplyZoom(zoom, [pa.x, pa.y]);
            const [bx, by] = unapplyZoom(zoom, [pb.x, pb.y]);
            d = `M${ax},${ay}L${bx},${by}`;
          }
        }
        return { d, mid: mid ? ([mid[0] + (sa[0] + sb[0]) / 2, mid[1] + (sa[1] + sb[1]) / 2] as Point) : null };
      }),
    [model, arcGeometry, arcPaths, pinsById, zoom],
  );

  // ---- Labels where there is room: region names first, then "NN ms" at arc midpoints.
  // Labels keep clear of the legend (measured) and the zoom buttons.
  const legendRef = useRef<HTMLDivElement>(null);
  const legendSize = useBoxSize(legendRef, LEGEND_ESTIMATE);
  const reserved = useMemo<Rect[]>(
    () => [
      { x: 0, y: height - legendSize.height - 12, w: legendSize.width + 12, h: legendSize.height + 12 },
      { x: width - 44, y: 0, w: 44, h: 100 },
    ],
    [width, height, legendSize],
  );
  const labels = useMemo(
    () => layoutLabels(model, pins, arcs, selectedIds, lostRegionIds, reserved, width, height),
    [model, pins, arcs, selectedIds, lostRegionIds, reserved, width, height],
  );

  // ---- Interaction. Handlers sit on the <svg> and find the item through data-map-id, so the
  // thousand arc and pin elements need no callbacks and stay memoised.
  const onSelectRef = useRef(onSelect);
  useLayoutEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const pan = useRef<{ pointerId: number; start: Point; from: ZoomTransform; moved: boolean } | null>(null);
  const suppressClick = useRef(false);

  const itemOf = (target: EventTarget | null): string | null => {
    const el = target instanceof Element ? target.closest("[data-map-id]") : null;
    return el?.getAttribute("data-map-id") ?? null;
  };
  const localPoint = (e: { clientX: number; clientY: number }): Point => {
    const rect = svgRef.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return [0, 0];
    return [((e.clientX - rect.left) * width) / rect.width, ((e.clientY - rect.top) * height) / rect.height];
  };

  const handleClick = (e: ReactMouseEvent<SVGSVGElement>) => {
    if (suppressClick.current) {
      suppressClick.current = false;
      return;
    }
    const id = itemOf(e.target);
    onSelectRef.current(id, id !== null && e.shiftKey);
  };
  const handleKeyDown = (e: ReactKeyboardEvent<SVGSVGElement>) => {
    const id = itemOf(e.target);
    if (!id) return;
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      onSelectRef.current(id, e.shiftKey);
    } else if (e.key === "Escape") {
      onSelectRef.current(null, false);
    }
  };
  const handleFocus = (e: ReactFocusEvent<SVGSVGElement>) => {
    const id = itemOf(e.target);
    const visible = e.target instanceof Element && safeMatches(e.target, ":focus-visible");
    setFocusedId(id && visible ? id : null);
  };
  const handleBlur = () => setFocusedId(null);

  const handlePointerDown = (e: ReactPointerEvent<SVGSVGElement>) => {
    if (e.button !== 0 || itemOf(e.target) || zoom.k === 1) return;
    pan.current = { pointerId: e.pointerId, start: localPoint(e), from: zoom, moved: false };
  };
  const handlePointerMove = (e: ReactPointerEvent<SVGSVGElement>) => {
    const p = pan.current;
    if (!p || p.pointerId !== e.pointerId) return;
    const [x, y] = localPoint(e);
    const dx = x - p.start[0];
    const dy = y - p.start[1];
    if (!p.moved && Math.hypot(dx, dy) < 3) return;
    if (!p.moved) {
      p.moved = true;
      svgRef.current?.setPointerCapture(e.pointerId);
    }
    setZoom(() => clampZoom({ k: p.from.k, x: p.from.x + dx, y: p.from.y + dy }, width, height));
  };
  const handlePointerUp = (e: ReactPointerEvent<SVGSVGElement>) => {
    const p = pan.current;
    if (!p || p.pointerId !== e.pointerId) return;
    if (p.moved) suppressClick.current = true;
    pan.current = null;
  };

  // Wheel zoom needs a non-passive listener to keep the page from scrolling. Wheel events come faster
  // than frames, so they are summed and applied once per animation frame.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    let pending: { factor: number; point: Point } | null = null;
    let frame = 0;
    const onWheel = (e: WheelEvent) => {
      // Fully zoomed out, scrolling down scrolls the page as usual.
      if (e.deltaY > 0 && zoomRef.current.k <= 1) return;
      e.preventDefault();
      const factor = Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.002));
      pending = { factor: (pending?.factor ?? 1) * factor, point: localPoint(e) };
      if (!frame) {
        frame = requestAnimationFrame(() => {
          frame = 0;
          const p = pending;
          pending = null;
          if (p) setZoom((z) => zoomAround(z, p.point, p.factor, width, height));
        });
      }
    };
    svg.addEventListener("wheel", onWheel, { passive: false });
    return () => {
      svg.removeEventListener("wheel", onWheel);
      if (frame) cancelAnimationFrame(frame);
    };
    // localPoint reads only width, height and the svg ref, so these are all the dependencies.
  }, [width, height, setZoom]);

  const zoomBy = useCallback(
    (factor: number) => setZoom((z) => zoomAround(z, [width / 2, height / 2], factor, width, height)),
    [width, height, setZoom],
  );

  // ---- Drawing.
  const landTransform = `translate(${zoom.x},${zoom.y}) scale(${zoom.k})`;
  const providers = useMemo(() => {
    const seen = new Set<Provider>(model.regions.map((r) => r.provider));
    return (["azure", "aws", "gcp"] as const).filter((p) => seen.has(p));
  }, [model]);
  const baseOpacity = arcOpacity(model.links.length);
  const linksById = useMemo(() => new Map(model.links.map((l) => [l.id, l])), [model]);

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
        onClick={handleClick}
        onKeyDown={handleKeyDown}
        onFocus={handleFocus}
        onBlur={handleBlur}
        onPointerDown={handlePointerDown}
        onPointerMove={handlePointerMove}
        onPointerUp={handlePointerUp}
        onPointerCancel={handlePointerUp}
      >
        <defs>
          <pattern id={hatchId} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="4" height="4" fill="#f2f4f7" />
            <line x1="0" y1="0" x2="0" y2="4" stroke={LOST_COLOUR} strokeWidth="1.6" />
          </pattern>
        </defs>
        <rect width={width} height={height} fill={OCEAN_FILL} />
        <g transform={landTransform} aria-hidden="true" pointerEvents="none">
          <path d={basemap.land} fill={LAND_FILL} />
          <path d={basemap.borders} fill="none" stroke={BORDER_STROKE} strokeWidth={0.7} vectorEffect="non-scaling-stroke" />
        </g>

        <g aria-hidden="true" transform={landTransform}>
          {model.links.map((l, i) => {
            const lost = lostRegionIds.has(l.from.id) || lostRegionIds.has(l.to.id);
            const badge = badges.get(l.id);
            return (
              <ArcView
                key={l.id}
                id={l.id}
                d={(arcs[i] as { d: string }).d}
                colour={lost ? LOST_COLOUR : rttColour(l.rttMs)}
                dashed={lost ? "3 4" : l.source === "estimated" ? "6 4" : undefined}
                lost={lost}
                opacity={lost ? 0.8 : baseOpacity}
                selected={selectedIds.has(l.id)}
                focused={focusedId === l.id}
                badge={badge}
                title={linkTooltip(l, { lost, badge })}
              />
            );
          })}
        </g>

        <g>
          {pins.map((p) => {
            const r = model.regionsById.get(p.id);
            if (!r) return null;
            const lost = lostRegionIds.has(r.id);
            const badge = badges.get(r.id);
            const selected = selectedIds.has(r.id);
            return (
              <PinView
                key={r.id}
                id={r.id}
                x={p.x}
                y={p.y}
                r={p.r}
                fill={lost ? `url(#${hatchId})` : PROVIDER_COLOURS[r.provider]}
                lost={lost}
                selected={selected}
                focused={focusedId === r.id}
                badge={badge}
                title={regionTooltip(r, { lost, badge })}
                ariaLabel={regionAriaLabel(r, { lost, badge, selected })}
              />
            );
          })}
        </g>

        <g className="text-slate-700" style={{ fontFamily: "inherit" }}>
          {[...labels.regions.values()].map((lab) => {
            const r = model.regionsById.get(lab.id);
            if (!r) return null;
            const lost = lostRegionIds.has(r.id);
            return (
              <text
                key={`rl-${lab.id}`}
                data-map-id={lab.id}
                aria-hidden="true"
                x={lab.x}
                y={lab.y}
                dy="0.35em"
                textAnchor={lab.anchor}
                fontSize={REGION_LABEL_PX}
                fontWeight={selectedIds.has(lab.id) ? 600 : 500}
                fill={lost ? LOST_COLOUR : LABEL_FILL}
                stroke="#ffffff"
                strokeWidth={3}
                strokeLinejoin="round"
                paintOrder="stroke"
                className="cursor-pointer"
              >
                {r.label}
              </text>
            );
          })}
          {[...labels.rtts.values()].map((lab) => {
            const l = linksById.get(lab.id);
            return l ? (
              <text
                key={`ml-${lab.id}`}
                data-map-id={lab.id}
                aria-hidden="true"
                x={lab.x}
                y={lab.y}
                dy="0.35em"
                textAnchor="middle"
                fontSize={RTT_LABEL_PX}
                fontWeight={selectedIds.has(lab.id) ? 600 : 400}
                fill={RTT_LABEL_FILL}
                stroke="#ffffff"
                strokeWidth={3}
                strokeLinejoin="round"
                paintOrder="stroke"
                className="cursor-pointer tabular-nums"
              >
                {formatMs(l.rttMs)}
              </text>
            ) : null;
          })}
        </g>

        {/* Keyboard stops for links, after the pins so Tab visits regions first. They are empty: the
            visible arc (drawn under the pins) shows focus and selection; these carry the name. */}
        <g>
          {model.links.map((l) => {
            const lost = lostRegionIds.has(l.from.id) || lostRegionIds.has(l.to.id);
            const badge = badges.get(l.id);
            const selected = selectedIds.has(l.id);
            return (
              <ArcFocusStop
                key={l.id}
                id={l.id}
                ariaLabel={linkAriaLabel(l, { lost, badge, selected })}
                selected={selected}
              />
            );
          })}
        </g>
      </svg>

      <div ref={legendRef} className="pointer-events-none absolute bottom-2 left-2 max-w-[calc(100%-1rem)]">
        <MapLegend providers={providers} showLost={lostRegionIds.size > 0} lostFill={`url(#${hatchId})`} />
      </div>
      <div className="absolute top-2 right-2 flex flex-col overflow-hidden rounded-md border border-slate-200 bg-white/90 shadow-sm">
        <ZoomButton label="Zoom in" onClick={() => zoomBy(1.6)} disabled={zoom.k >= MAX_ZOOM}>
          <Plus className="size-3.5" aria-hidden="true" />
        </ZoomButton>
        <ZoomButton label="Zoom out" onClick={() => zoomBy(1 / 1.6)} disabled={zoom.k <= 1}>
          <Minus className="size-3.5" aria-hidden="true" />
        </ZoomButton>
        <ZoomButton label="Fit to regions" onClick={() => setManualZoom(null)} disabled={manualZoom === null}>
          <Scan className="size-3.5" aria-hidden="true" />
        </ZoomButton>
      </div>
    </>
  );
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return true;
  }
}

// ---------------------------------------------------------------------------------------------

/**
 * The content size of an element, followed with a ResizeObserver; `initial` until the first
 * measurement (null: nothing known yet).
 */
function useBoxSize<T extends { width: number; height: number } | null>(ref: RefObject<HTMLElement | null>, initial: T) {
  const [size, setSize] = useState<{ width: number; height: number } | T>(initial);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = (w: number, h: number) => {
      const width = Math.round(w);
      const height = Math.round(h);
      if (width > 0 && height > 0) setSize((s) => (s && s.width === width && s.height === height ? s : { width, height }));
    };
    update(el.clientWidth, el.clientHeight);
    if (typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box) update(box.width, box.height);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}

interface ScreenPin {
  id: string;
  x: number;
  y: number;
  r: number;
}

function layoutLabels(
  model: MapModel,
  pins: readonly ScreenPin[],
  arcs: readonly { mid: Point | null }[],
  selectedIds: ReadonlySet<string>,
  lostRegionIds: ReadonlySet<string>,
  reserved: readonly Rect[],
  width: number,
  height: number,
): { regions: Map<string, PlacedLabel>; rtts: Map<string, PlacedLabel> } {
  const occupied = new RectIndex();
  for (const r of reserved) occupied.add(r);
  const ownBoxes = new Map<string, Rect>();
  for (const p of pins) {
    if (p.x < -p.r || p.y < -p.r || p.x > width + p.r || p.y > height + p.r) continue;
    const box = pinBox(p);
    occupied.add(box);
    ownBoxes.set(p.id, box);
  }
  const regionRequests: LabelRequest[] = pins.map((p) => {
    const r = model.regionsById.get(p.id);
    return { id: p.id, text: r?.label ?? p.id, x: p.x, y: p.y, r: p.r, priority: (r?.primary ? 1e4 : 0) + (r?.nodeCount ?? 0) };
  });
  const rttRequests: LabelRequest[] = [];
  const labelAll = model.links.length <= MAX_RTT_LABELS;
  model.links.forEach((l, i) => {
    const mid = arcs[i]?.mid;
    if (!mid || lostRegionIds.has(l.from.id) || lostRegionIds.has(l.to.id)) return;
    const touchesSelection = selectedIds.has(l.from.id) || selectedIds.has(l.to.id);
    if (!labelAll && !touchesSelection && !selectedIds.has(l.id)) return;
    rttRequests.push({ id: l.id, text: formatMs(l.rttMs), x: mid[0], y: mid[1], r: 0, priority: (touchesSelection ? 1e5 : 0) - i });
  });

  // Selected items are labelled first, then the other regions, then the other links.
  const isSelected = (r: LabelRequest) => selectedIds.has(r.id);
  const regionOptions = { fontSize: REGION_LABEL_PX, width, height, mode: "beside" } as const;
  const rttOptions = { fontSize: RTT_LABEL_PX, width, height, mode: "centred" } as const;
  const regions = placeLabels(regionRequests.filter(isSelected), occupied, regionOptions, ownBoxes);
  const rtts = placeLabels(rttRequests.filter(isSelected), occupied, rttOptions);
  for (const [id, lab] of placeLabels(regionRequests.filter((r) => !isSelected(r)), occupied, regionOptions, ownBoxes)) regions.set(id, lab);
  for (const [id, lab] of placeLabels(rttRequests.filter((r) => !isSelected(r)), occupied, rttOptions)) rtts.set(id, lab);
  return { regions, rtts };
}

// ---------------------------------------------------------------------------------------------
// Items, memoised: a selection change re-renders only the items whose props changed.

interface ArcViewProps {
  id: string;
  d: string;
  colour: string;
  dashed: string | undefined;
  lost: boolean;
  opacity: number;
  selected: boolean;
  focused: boolean;
  badge: Severity | undefined;
  title: string;
}

const ArcView = memo(function ArcView({ id, d, colour, dashed, lost, opacity, selected, focused, badge, title }: ArcViewProps) {
  const width = lost ? 1.25 : selected ? 2.5 : 1.75;
  return (
    <g data-map-id={id} className="cursor-pointer">
      {focused ? <path d={d} fill="none" stroke={FOCUS_COLOUR} strokeWidth={width + 6} strokeOpacity={0.35} strokeLinecap="round" vectorEffect="non-scaling-stroke" /> : null}
      {badge ? <path d={d} fill="none" stroke={SEVERITY_COLOURS[badge]} strokeWidth={width + 4} strokeOpacity={0.25} strokeLinecap="round" vectorEffect="non-scaling-stroke" /> : null}
      {selected ? <path d={d} fill="none" stroke={SELECTED_COLOUR} strokeWidth={width + 2.5} strokeLinecap="round" vectorEffect="non-scaling-stroke" /> : null}
      <path
        d={d}
        fill="none"
        stroke={colour}
        strokeWidth={width}
        strokeOpacity={selected || focused || badge ? Math.max(opacity, 0.9) : opacity}
        strokeDasharray={dashed}
        strokeLinecap="round"
        vectorEffect="non-scaling-stroke"
      />
      {/* A wide invisible stroke, so thin arcs are easy to hit. */}
      <path d={d} fill="none" stroke="transparent" strokeWidth={10} pointerEvents="stroke" vectorEffect="non-scaling-stroke">
        <title>{title}</title>
      </path>
    </g>
  );
});

/** Invisible, focusable: the visible arc (drawn under the pins) highlights when this has focus. */
const ArcFocusStop = memo(function ArcFocusStop({ id, ariaLabel, selected }: { id: string; ariaLabel: string; selected: boolean }) {
  return <g data-map-id={id} role="button" tabIndex={0} aria-label={ariaLabel} aria-pressed={selected} style={{ outline: "none" }} />;
});

interface PinViewProps {
  id: string;
  x: number;
  y: number;
  r: number;
  fill: string;
  lost: boolean;
  selected: boolean;
  focused: boolean;
  badge: Severity | undefined;
  title: string;
  ariaLabel: string;
}

const PinView = memo(function PinView({ id, x, y, r, fill, lost, selected, focused, badge, title, ariaLabel }: PinViewProps) {
  // Rings stack outwards: finding, selection, keyboard focus.
  let ring = r + 1;
  const badgeR = badge ? (ring += 2.5) : 0;
  const selectedR = selected ? (ring += 3) : 0;
  const focusR = focused ? (ring += 3) : 0;
  return (
    <g
      data-map-id={id}
      role="button"
      tabIndex={0}
      aria-label={ariaLabel}
      aria-pressed={selected}
      transform={`translate(${round(x)},${round(y)})`}
      className="cursor-pointer"
      style={{ outline: "none" }}
    >
      <title>{title}</title>
      {focused ? <circle r={focusR} fill="none" stroke={FOCUS_COLOUR} strokeWidth={2} strokeDasharray="3 2" /> : null}
      {selected ? <circle r={selectedR} fill="#ffffff" fillOpacity={0.7} stroke={SELECTED_COLOUR} strokeWidth={2} /> : null}
      {badge ? <circle r={badgeR} fill="#ffffff" stroke={SEVERITY_COLOURS[badge]} strokeWidth={2} /> : null}
      <circle
        r={r}
        fill={fill}
        stroke={lost ? LOST_COLOUR : "#ffffff"}
        strokeWidth={1.5}
      />
    </g>
  );
});

const round = (v: number) => Math.round(v * 10) / 10;

function ZoomButton({ label, onClick, disabled, children }: { label: string; onClick(): void; disabled: boolean; children: ReactNode }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      onClick={onClick}
      disabled={disabled}
      className="flex size-7 items-center justify-center text-slate-700 hover:bg-slate-100 disabled:text-slate-300 [&:not(:last-child)]:border-b [&:not(:last-child)]:border-slate-200"
    >
      {children}
    </button>
  );
}

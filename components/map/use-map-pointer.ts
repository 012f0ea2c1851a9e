"use client";

import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent as ReactFocusEvent,
  type KeyboardEvent as ReactKeyboardEvent,
  type MouseEvent as ReactMouseEvent,
  type PointerEvent as ReactPointerEvent,
  type RefObject,
} from "react";
import { clampZoom, zoomAround, type Point, type ZoomTransform } from "./map-geometry";

interface PointerOptions {
  svgRef: RefObject<SVGSVGElement | null>;
  width: number;
  height: number;
  zoom: ZoomTransform;
  zoomRef: RefObject<ZoomTransform>;
  setZoom(next: (z: ZoomTransform) => ZoomTransform): void;
  onSelect(id: string | null, additive: boolean): void;
}

/** The item (region or link id) an event happened on, through the nearest `data-map-id`. */
function itemOf(target: EventTarget | null): string | null {
  const el = target instanceof Element ? target.closest("[data-map-id]") : null;
  return el?.getAttribute("data-map-id") ?? null;
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return true;
  }
}

/**
 * Clicks, keys, focus, drag-to-pan and wheel zoom on the map. The handlers sit on the <svg> and find
 * the item through data-map-id, so the thousand arc and pin elements need no callbacks and stay
 * memoised. `focusedId` is the item with keyboard focus, which the drawing rings.
 */
export function useMapPointer({ svgRef, width, height, zoom, zoomRef, setZoom, onSelect }: PointerOptions) {
  const onSelectRef = useRef(onSelect);
  useLayoutEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const pan = useRef<{ pointerId: number; start: Point; from: ZoomTransform; moved: boolean } | null>(null);
  // A pan ends with a click on whatever is under the pointer: that click is not a selection.
  const suppressClick = useRef(false);

  /** The event's point in the map's own coordinates (the svg may be drawn scaled). */
  const localPoint = (e: { clientX: number; clientY: number }): Point => {
    const rect = svgRef.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return [0, 0];
    return [((e.clientX - rect.left) * width) / rect.width, ((e.clientY - rect.top) * height) / rect.height];
  };

  const onClick = (e: ReactMouseEvent<SVGSVGElement>) => {
    if (suppressClick.current) {
      suppressClick.current = false;
      return;
    }
    const id = itemOf(e.target);
    onSelectRef.current(id, id !== null && e.shiftKey);
  };
  const onKeyDown = (e: ReactKeyboardEvent<SVGSVGElement>) => {
    const id = itemOf(e.target);
    if (!id) return;
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      onSelectRef.current(id, e.shiftKey);
    } else if (e.key === "Escape") {
      onSelectRef.current(null, false);
    }
  };
  const onFocus = (e: ReactFocusEvent<SVGSVGElement>) => {
    const id = itemOf(e.target);
    const visible = e.target instanceof Element && safeMatches(e.target, ":focus-visible");
    setFocusedId(id && visible ? id : null);
  };
  const onBlur = () => setFocusedId(null);

  const onPointerDown = (e: ReactPointerEvent<SVGSVGElement>) => {
    if (e.button !== 0 || itemOf(e.target) || zoom.k === 1) return;
    pan.current = { pointerId: e.pointerId, start: localPoint(e), from: zoom, moved: false };
  };
  const onPointerMove = (e: ReactPointerEvent<SVGSVGElement>) => {
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
  const onPointerUp = (e: ReactPointerEvent<SVGSVGElement>) => {
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

  return {
    focusedId,
    handlers: { onClick, onKeyDown, onFocus, onBlur, onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp },
  };
}

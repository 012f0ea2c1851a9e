"use client";

import { useLayoutEffect, useState, type RefObject } from "react";

/**
 * The content size of an element, followed with a ResizeObserver; `initial` until the first
 * measurement (null: nothing known yet).
 */
export function useBoxSize<T extends { width: number; height: number } | null>(ref: RefObject<HTMLElement | null>, initial: T) {
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

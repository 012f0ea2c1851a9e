"use client";

import { createContext, useContext } from "react";

/** Below this zoom, text on the canvas is unreadable: nodes draw as plain boxes, which keeps large designs fast. */
export const LOW_DETAIL_ZOOM = 0.45;

/** Whether the canvas is zoomed out far enough to draw nodes as plain boxes (one context, not one store subscription per node). */
export const LowDetailContext = createContext(false);

export function useLowDetail(): boolean {
  return useContext(LowDetailContext);
}

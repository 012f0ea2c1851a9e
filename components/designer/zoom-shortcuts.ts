import type { ReactFlowInstance } from "@xyflow/react";

export type ZoomAction = "in" | "out" | "actual";

/** Keys that zoom the canvas, and how the help lists them. "=" is "+" without Shift on most layouts. */
export const ZOOM_SHORTCUTS: readonly { keys: readonly string[]; action: ZoomAction; help: string }[] = [
  { keys: ["+", "="], action: "in", help: "Zoom in" },
  { keys: ["-"], action: "out", help: "Zoom out" },
  { keys: ["0"], action: "actual", help: "Zoom to 100%" },
];

/** Short, so a held key still feels immediate. */
const ZOOM_DURATION_MS = 120;

/** The zoom a key press asks for (KeyboardEvent.key, no modifiers: Ctrl with +/- is the browser's zoom). */
export function zoomActionOf(key: string): ZoomAction | undefined {
  return ZOOM_SHORTCUTS.find((s) => s.keys.includes(key))?.action;
}

export function zoomCanvas(flow: Pick<ReactFlowInstance, "zoomIn" | "zoomOut" | "zoomTo">, action: ZoomAction): Promise<boolean> {
  const options = { duration: ZOOM_DURATION_MS };
  if (action === "in") return flow.zoomIn(options);
  if (action === "out") return flow.zoomOut(options);
  return flow.zoomTo(1, options);
}

"use client";

import { Panel, useReactFlow, useStore } from "@xyflow/react";
import { memo, useEffect, useMemo, useRef, useState } from "react";
import type { DesignerNode } from "./derive-flow";
import { boundingRect, type Rect } from "./geometry";
import { PROVIDER_COLOUR, PROVIDER_TINT, SEVERITY_COLOUR } from "./visual";

const WIDTH = 160;
const HEIGHT = 110;
const ZOOM_STEP = 1.2;

interface Box extends Rect {
  id: string;
  fill: string;
  stroke?: string;
}

/**
 * The overview in the corner: provider bands and region boxes with the visible part of the canvas outlined;
 * press or drag to move there, scroll to zoom. Node groups sit inside their regions and would be specks at
 * this scale, so only the ~100 boxes above them are drawn (React Flow's own minimap draws and tracks every
 * node, which at 1,000 node groups costs more than the rest of the first render).
 */
export const CanvasOverview = memo(function CanvasOverview({ nodes }: { nodes: readonly DesignerNode[] }) {
  const flow = useReactFlow();
  const svgRef = useRef<SVGSVGElement>(null);
  const tx = useStore((s) => s.transform[0]);
  const ty = useStore((s) => s.transform[1]);
  const zoom = useStore((s) => s.transform[2]);
  const paneWidth = useStore((s) => s.width);
  const paneHeight = useStore((s) => s.height);

  const boxes = useMemo(() => boxesOf(nodes), [nodes]);
  const content = useMemo(() => boundingRect(boxes), [boxes]);
  const visible = { x: -tx / zoom, y: -ty / zoom, width: paneWidth / zoom, height: paneHeight / zoom };
  // While the pointer is down the drawing keeps its scale: were it refitted to the moving outline, every move
  // would shift what lies under the pointer and the view would run away.
  const [pressedFrame, setPressedFrame] = useState<Rect | null>(null);
  const frame = pressedFrame ?? boundingRect([...boxes, visible])!;
  // Padding proportional to the drawing, so the outline is never flush with the edge.
  const pad = Math.max(frame.width, frame.height) * 0.05;
  const viewBox = `${frame.x - pad} ${frame.y - pad} ${frame.width + pad * 2} ${frame.height + pad * 2}`;
  const unit = Math.max(frame.width / WIDTH, frame.height / HEIGHT); // flow units per overview pixel

  const centreAt = (clientX: number, clientY: number) => {
    const svg = svgRef.current;
    const matrix = svg?.getScreenCTM();
    if (!svg || !matrix) return;
    const point = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
    // Never past the design's edges: the view cannot be flung into empty space (an empty design has none).
    const x = content ? clamp(point.x, content.x, content.x + content.width) : point.x;
    const y = content ? clamp(point.y, content.y, content.y + content.height) : point.y;
    void flow.setCenter(x, y, { zoom: flow.getZoom() });
  };

  // Wheel zoom needs a non-passive listener to keep the page from scrolling.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      void flow.zoomTo(flow.getZoom() * (event.deltaY < 0 ? ZOOM_STEP : 1 / ZOOM_STEP));
    };
    svg.addEventListener("wheel", onWheel, { passive: false });
    return () => svg.removeEventListener("wheel", onWheel);
  }, [flow]);

  return (
    <Panel position="bottom-left" className="!m-3 overflow-hidden rounded-md border border-slate-200 bg-white shadow-sm">
      <svg
        ref={svgRef}
        width={WIDTH}
        height={HEIGHT}
        viewBox={viewBox}
        role="img"
        aria-label="Overview of the canvas"
        className="block cursor-pointer touch-none"
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          setPressedFrame(frame);
          centreAt(event.clientX, event.clientY);
        }}
        onPointerMove={(event) => {
          if (event.currentTarget.hasPointerCapture(event.pointerId)) centreAt(event.clientX, event.clientY);
        }}
        onPointerUp={() => setPressedFrame(null)}
        onPointerCancel={() => setPressedFrame(null)}
        data-testid="canvas-overview"
      >
        {boxes.map((b) => (
          <rect key={b.id} x={b.x} y={b.y} width={b.width} height={b.height} rx={unit * 2} fill={b.fill} stroke={b.stroke} strokeWidth={unit} />
        ))}
        <rect
          x={visible.x}
          y={visible.y}
          width={visible.width}
          height={visible.height}
          fill="rgba(29, 78, 216, 0.06)"
          stroke="#1d4ed8"
          strokeWidth={unit * 1.5}
          data-testid="canvas-overview-view"
        />
      </svg>
    </Panel>
  );
});

function boxesOf(nodes: readonly DesignerNode[]): Box[] {
  const boxes: Box[] = [];
  for (const node of nodes) {
    if (node.type === "nodeGroup") continue;
    const size = { width: node.width ?? 0, height: node.height ?? 0 };
    if (node.type === "provider") {
      boxes.push({ id: node.id, ...node.position, ...size, fill: PROVIDER_TINT[node.data.provider], stroke: `${PROVIDER_COLOUR[node.data.provider]}55` });
    } else {
      const severity = node.data.badge?.severity;
      const fill = node.data.lost ? "#cbd5e1" : severity === "error" || severity === "warning" ? SEVERITY_COLOUR[severity] : PROVIDER_COLOUR[node.data.region.provider];
      boxes.push({ id: node.id, ...node.position, ...size, fill, stroke: node.selected ? "#1d4ed8" : undefined });
    }
  }
  return boxes;
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

"use client";

import {
  Background, ConnectionMode, Controls, ReactFlow, applyNodeChanges, type EdgeChange, type NodeChange,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useCallback, useEffect, useMemo, useState } from "react";
import { analyze } from "@/lib/client/editor/analysis";
import type { TopologyDocument } from "@/lib/domain/schema";
import { deriveFlow, type DesignerEdge, type DesignerNode } from "./derive-flow";
import type { ElementBadge } from "./findings-index";
import type { CanvasTarget, ElementOverlay } from "./overlay/overlay";
import { overlayEdgeTypes, overlayNodeTypes } from "./overlay/overlay-types";

interface Props {
  doc: TopologyDocument;
  /** Diff marks and comment pins by element id. */
  overlays?: ReadonlyMap<string, ElementOverlay>;
  /** Finding badges by element id (none by default). */
  badges?: ReadonlyMap<string, ElementBadge>;
  selectedId?: string | null;
  /** A click (or Enter on a focused element) picks it; a click on the empty canvas picks nothing. */
  onSelect?(target: CanvasTarget | null): void;
  /** Inside a scrolling page: the wheel scrolls the page, the controls zoom. */
  embedded?: boolean;
  label: string;
  testId?: string;
}

const NO_BADGES: ReadonlyMap<string, ElementBadge> = new Map();
const NO_OVERLAYS: ReadonlyMap<string, ElementOverlay> = new Map();
const NOTHING_LOST: ReadonlySet<string> = new Set();

/** A React Flow view of a document that nothing can change: the visual diff and the review canvas. */
export function ReadOnlyCanvas({ doc, overlays = NO_OVERLAYS, badges = NO_BADGES, selectedId, onSelect, embedded, label, testId }: Props) {
  const rttBetween = useMemo(() => analyze(doc).rttBetween, [doc]);
  const derived = useMemo(() => {
    const flow = deriveFlow({ doc, selection: new Set(selectedId ? [selectedId] : []), badges, lostRegionIds: NOTHING_LOST, rttBetween });
    const withOverlay = <T extends { id: string; data?: Record<string, unknown> }>(element: T): T => {
      const overlay = overlays.get(element.id);
      return overlay ? { ...element, data: { ...element.data, overlay } } : element;
    };
    return {
      nodes: flow.nodes.map((n) => ({ ...withOverlay(n), draggable: false, connectable: false }) as DesignerNode),
      edges: flow.edges.map((e) => withOverlay(e) as DesignerEdge),
    };
  }, [doc, selectedId, badges, overlays, rttBetween]);
  const [nodes, setNodes] = useState<DesignerNode[]>(derived.nodes);
  useEffect(() => setNodes(derived.nodes), [derived.nodes]);

  const picked = useCallback(
    (changes: readonly { type: string; id?: string; selected?: boolean }[], kindOf: (id: string) => CanvasTarget["kind"] | null) => {
      const chosen = changes.find((c) => c.type === "select" && c.selected && c.id);
      const kind = chosen?.id ? kindOf(chosen.id) : null;
      if (chosen?.id && kind) onSelect?.({ kind, id: chosen.id });
    },
    [onSelect],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<DesignerNode>[]) => {
      picked(changes, (id) => {
        const type = derived.nodes.find((n) => n.id === id)?.type;
        return type === "region" ? "region" : type === "nodeGroup" ? "nodeGroup" : null;
      });
      setNodes((current) => applyNodeChanges(changes.filter((c) => c.type === "dimensions"), current));
    },
    [picked, derived.nodes],
  );
  const onEdgesChange = useCallback((changes: EdgeChange<DesignerEdge>[]) => picked(changes, () => "link"), [picked]);

  return (
    // Nothing connects here: the regions' link handles are kept (links attach to them) but not shown.
    <div className="h-full w-full [&_[data-handlepos]]:opacity-0" data-testid={testId}>
      <ReactFlow
        nodes={nodes}
        edges={derived.edges}
        nodeTypes={overlayNodeTypes}
        edgeTypes={overlayEdgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onPaneClick={() => onSelect?.(null)}
        nodesDraggable={false}
        nodesConnectable={false}
        // Regions have source handles only (links have no direction), as in the designer.
        connectionMode={ConnectionMode.Loose}
        elementsSelectable={Boolean(onSelect)}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        zoomOnScroll={!embedded}
        preventScrolling={!embedded}
        fitView
        fitViewOptions={{ padding: 0.15, maxZoom: 1.1 }}
        minZoom={0.1}
        maxZoom={2}
        proOptions={{ hideAttribution: true }}
        aria-label={label}
      >
        <Background gap={24} color="#e2e8f0" />
        <Controls showInteractive={false} position="bottom-right" />
      </ReactFlow>
    </div>
  );
}

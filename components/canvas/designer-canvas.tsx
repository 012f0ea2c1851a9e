"use client";

import {
  Background, ConnectionMode, Controls, ReactFlow, applyNodeChanges, useReactFlow,
  type Connection, type EdgeChange, type NodeChange,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { toast } from "sonner";
import { EditError } from "@/lib/domain/edit";
import { useEditor, useEditorStore } from "@/lib/client/editor/context";
import type { TopologyDocument } from "@/lib/domain/schema";
import type { Analysis } from "@/lib/client/editor/analysis";
import { CanvasOverview } from "./canvas-overview";
import { deriveFlow, type DesignerEdge, type DesignerNode } from "./derive-flow";
import { LowDetailContext } from "./detail-level";
import { LowDetailHint } from "./low-detail-hint";
import { useCanvasViewport } from "./use-canvas-viewport";
import { readDragItem } from "./drag-data";
import { badgesByElement } from "./findings-index";
import {
  applyCanvasEdits, connectSteps, dragStopSteps, dropSteps, nodeChangeSteps, selectionAfter,
  type DraggedNode, type GestureStep, type NodeChangeLike,
} from "./gesture-edits";
import { LinkEdge } from "./link-edge";
import { GroupNode } from "./nodes/group-node";
import { ProviderNode } from "./nodes/provider-node";
import { RegionNode } from "./nodes/region-node";

const FIT_VIEW = { padding: 0.2, minZoom: 0.05, maxZoom: 1.1 };

const nodeTypes = { provider: ProviderNode, region: RegionNode, nodeGroup: GroupNode };
const edgeTypes = { link: LinkEdge };

interface Props {
  analysis: Analysis;
  lostRegionIds: ReadonlySet<string>;
  onFileDrop(file: File): void;
}

/** The React Flow view of the document. Every gesture becomes a document edit; nothing else is kept. */
export function DesignerCanvas({ analysis, lostRegionIds, onFileDrop }: Props) {
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  const selection = useEditor((s) => s.selection);
  const flow = useReactFlow();
  const frameRef = useRef<HTMLDivElement>(null);
  const badges = useMemo(() => badgesByElement(analysis.validation.findings), [analysis.validation.findings]);
  const selected = useMemo(() => new Set(selection), [selection]);
  const derived = useMemo(
    () => deriveFlow({ doc, selection: selected, badges, lostRegionIds, rttBetween: analysis.rttBetween }),
    [doc, selected, badges, lostRegionIds, analysis.rttBetween],
  );
  // Drags move nodes locally; the document changes (or the node snaps back) when the drag ends.
  const [nodes, setNodes] = useState<DesignerNode[]>(derived.nodes);
  useEffect(() => setNodes(derived.nodes), [derived.nodes]);

  // Zoomed far out, text is unreadable anyway: drawing boxes only keeps large designs smooth.
  const { initialViewport, lowDetail, rememberViewport } = useCanvasViewport(frameRef, derived.nodes, FIT_VIEW);
  // Set between a drag's start and stop: React Flow reports the drop's positions as "not dragging" too, which
  // must not be mistaken for a move by the arrow keys.
  const dragging = useRef(false);

  const run = useCallback(
    <T,>(label: string, recipe: (draft: TopologyDocument) => T): T | undefined => {
      try {
        return store.getState().edit(label, recipe);
      } catch (error) {
        if (!(error instanceof EditError)) throw error;
        toast.error(error.message);
        setNodes(derived.nodes);
        return undefined;
      }
    },
    [store, derived.nodes],
  );

  /** Carries out what a gesture maps to (gesture-edits.ts), in order. */
  const perform = useCallback(
    (steps: readonly GestureStep[]) => {
      for (const step of steps) {
        if (step.kind === "notice") toast[step.tone](step.message);
        else if (step.kind === "snap-back") setNodes(derived.nodes);
        else {
          const created = run(step.label, (d) => applyCanvasEdits(d, step.edits));
          if (step.selectCreated && created) store.getState().select([created]);
        }
      }
    },
    [run, derived.nodes, store],
  );

  const applySelectChanges = useCallback(
    (changes: NodeChangeLike[]) => {
      const next = selectionAfter(store.getState().selection, changes);
      if (next) store.getState().select(next);
    },
    [store],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<DesignerNode>[]) => {
      applySelectChanges(changes);
      const regionIds = new Set(store.getState().doc.regions.map((r) => r.id));
      const { steps, local } = nodeChangeSteps(changes, { dragging: dragging.current, regionIds });
      perform(steps);
      if (local.length) setNodes((current) => applyNodeChanges(local, current));
    },
    [applySelectChanges, perform, store],
  );

  const onEdgesChange = useCallback((changes: EdgeChange<DesignerEdge>[]) => applySelectChanges(changes), [applySelectChanges]);

  const onNodeDragStop = useCallback(
    (event: MouseEvent | TouchEvent, node: DesignerNode, dragged: DesignerNode[]) => {
      dragging.current = false;
      const describe = (n: DesignerNode): DraggedNode => {
        const abs = flow.getInternalNode(n.id)?.internals.positionAbsolute ?? n.position;
        return { id: n.id, type: n.type, position: n.position, centre: { x: abs.x + (n.width ?? 0) / 2, y: abs.y + (n.height ?? 0) / 2 } };
      };
      const pointer = "clientX" in event ? flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }) : undefined;
      perform(dragStopSteps({ grabbed: describe(node), dragged: dragged.map(describe), pointer, regionRects: derived.regionRects, nodeGroups: doc.nodeGroups }));
    },
    [perform, flow, derived.regionRects, doc.nodeGroups],
  );

  const onConnect = useCallback((connection: Connection) => perform(connectSteps(connection)), [perform]);

  const onDragOver = useCallback((event: React.DragEvent) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
  }, []);

  const onDrop = useCallback(
    (event: React.DragEvent) => {
      event.preventDefault();
      const file = event.dataTransfer.files?.[0];
      if (file) return onFileDrop(file);
      const item = readDragItem(event);
      if (!item) return;
      perform(dropSteps(item, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }), derived.regionRects));
    },
    [flow, perform, derived.regionRects, onFileDrop],
  );

  return (
    <div ref={frameRef} className="h-full w-full" onDragOver={onDragOver} onDrop={onDrop} data-testid="designer-canvas">
      <LowDetailContext.Provider value={lowDetail}>
        {initialViewport ? (
          <ReactFlow
            nodes={nodes}
            edges={derived.edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onNodeDragStart={() => (dragging.current = true)}
            onNodeDragStop={onNodeDragStop}
            onMoveEnd={rememberViewport}
            onConnect={onConnect}
            onEdgesChange={onEdgesChange}
            connectionMode={ConnectionMode.Loose}
            deleteKeyCode={null}
            selectionKeyCode="Shift"
            multiSelectionKeyCode={["Meta", "Control", "Shift"]}
            defaultViewport={initialViewport}
            minZoom={FIT_VIEW.minZoom}
            maxZoom={2}
            proOptions={{ hideAttribution: true }}
            aria-label="Topology canvas"
          >
            <Background gap={24} color="#e2e8f0" />
            <Controls showInteractive={false} position="bottom-right" fitViewOptions={FIT_VIEW} />
            {lowDetail ? <LowDetailHint /> : null}
            <CanvasOverview nodes={nodes} />
          </ReactFlow>
        ) : null}
      </LowDetailContext.Provider>
    </div>
  );
}

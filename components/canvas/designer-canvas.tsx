"use client";

import {
  Background, ConnectionMode, Controls, ReactFlow, applyNodeChanges, useReactFlow,
  type Connection, type EdgeChange, type NodeChange, type NodePositionChange, type XYPosition,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { toast } from "sonner";
import { addLink, addNodeGroup, addRegion, EditError, moveNodeGroup, setPosition } from "@/lib/domain/edit";
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
import { freeSpot, regionAt, regionHeight, REGION_W } from "./geometry";
import { LinkEdge } from "./link-edge";
import { GroupNode } from "./nodes/group-node";
import { ProviderNode } from "./nodes/provider-node";
import { RegionNode } from "./nodes/region-node";

const FIT_VIEW = { padding: 0.2, minZoom: 0.05, maxZoom: 1.1 };

const nodeTypes = { provider: ProviderNode, region: RegionNode, nodeGroup: GroupNode };
const edgeTypes = { link: LinkEdge };

/** A node moved by the arrow keys: a position change outside any drag. */
type KeyedMove = NodePositionChange & { position: XYPosition };

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

  // Selection lives in the editor store (the inspector and shortcuts read it); React Flow reports clicks
  // and box selections as "select" changes, which are applied there.
  const applySelectChanges = useCallback(
    (changes: { type: string; id?: string; selected?: boolean }[]) => {
      const selects = changes.filter((c): c is { type: "select"; id: string; selected: boolean } => c.type === "select");
      if (!selects.length) return;
      const next = new Set(store.getState().selection);
      for (const c of selects) {
        if (c.id.startsWith("provider:")) continue;
        if (c.selected) next.add(c.id);
        else next.delete(c.id);
      }
      store.getState().select([...next]);
    },
    [store],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<DesignerNode>[]) => {
      applySelectChanges(changes);
      // Arrow keys move the selected nodes at once (no drag): a region's move is an edit of the document; a node
      // group's place inside its region is not the user's to set, so it stays put.
      const keyed = dragging.current ? [] : changes.filter((c): c is KeyedMove => c.type === "position" && c.dragging === false && !!c.position);
      const regionIds = new Set(store.getState().doc.regions.map((r) => r.id));
      const regionMoves = keyed.filter((c) => regionIds.has(c.id));
      if (regionMoves.length) {
        run(regionMoves.length === 1 ? "Move region" : "Move regions", (d) => {
          for (const c of regionMoves) setPosition(d, c.id, c.position.x, c.position.y);
        });
      }
      const local = changes.filter((c) => c.type !== "select" && c.type !== "remove" && !(keyed as NodeChange<DesignerNode>[]).includes(c));
      if (local.length) setNodes((current) => applyNodeChanges(local, current));
    },
    [applySelectChanges, run, store],
  );

  const onEdgesChange = useCallback((changes: EdgeChange<DesignerEdge>[]) => applySelectChanges(changes), [applySelectChanges]);

  const onNodeDragStop = useCallback(
    (event: MouseEvent | TouchEvent, node: DesignerNode, dragged: DesignerNode[]) => {
      dragging.current = false;
      const moved = dragged.length ? dragged : [node];
      const regionsMoved = moved.filter((n) => n.type === "region");
      const groupsMoved = moved.filter((n) => n.type === "nodeGroup");
      if (regionsMoved.length) {
        run(regionsMoved.length === 1 ? "Move region" : "Move regions", (d) => {
          for (const n of regionsMoved) setPosition(d, n.id, n.position.x, n.position.y);
        });
      }
      if (groupsMoved.length) {
        // The group under the pointer lands where the pointer is (what the user aims with); others
        // dragged along land where their centres are.
        const pointer = "clientX" in event ? flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }) : undefined;
        const targets = groupsMoved.map((n) => {
          const internal = flow.getInternalNode(n.id);
          const abs = internal?.internals.positionAbsolute ?? n.position;
          const centre = { x: abs.x + (n.width ?? 0) / 2, y: abs.y + (n.height ?? 0) / 2 };
          const at = n.id === node.id && pointer ? pointer : centre;
          return { id: n.id, region: regionAt(derived.regionRects, at) ?? regionAt(derived.regionRects, centre) };
        });
        const moves = targets.filter((t) => t.region && t.region !== doc.nodeGroups.find((g) => g.id === t.id)?.regionId);
        if (targets.some((t) => !t.region)) toast.info("Node groups live inside a region: drop it on a region to move it there.");
        if (moves.length) {
          run(moves.length === 1 ? "Move node group" : "Move node groups", (d) => {
            for (const m of moves) moveNodeGroup(d, m.id, m.region!);
          });
        } else setNodes(derived.nodes);
      }
    },
    [run, flow, derived, doc.nodeGroups],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      if (!connection.source || !connection.target) return;
      run("Link regions", (d) => addLink(d, connection.source, connection.target));
    },
    [run],
  );

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
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      if (item.kind === "region") {
        const spot = freeSpot(derived.regionRects.values(), { x: point.x - 24, y: point.y - 16 }, { width: REGION_W, height: regionHeight(0) });
        const id = run("Add region", (d) => {
          const regionId = addRegion(d, item.provider, item.region);
          setPosition(d, regionId, spot.x, spot.y);
          return regionId;
        });
        if (id) store.getState().select([id]);
        return;
      }
      const regionId = regionAt(derived.regionRects, point);
      if (!regionId) {
        toast.error(`${item.label} go inside a region: drop them on a region box, or add a region first.`);
        return;
      }
      const id = run(`Add ${item.label.toLowerCase()}`, (d) => addNodeGroup(d, regionId, item.template));
      if (id) store.getState().select([id]);
    },
    [flow, run, derived.regionRects, store, onFileDrop],
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

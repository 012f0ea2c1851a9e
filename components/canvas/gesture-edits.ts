// What each canvas gesture does to the document, as data: the canvas component reports a gesture
// (drag stop, connect, drop from the palette, arrow-key move, delete) and performs the steps it gets
// back. Nothing here touches React Flow, the editor store or the screen, so every mapping is testable.

import { addLink, addNodeGroup, addRegion, moveNodeGroup, removeElements, setPosition, type NodeGroupTemplate } from "@/lib/domain/edit";
import type { Provider, TopologyDocument } from "@/lib/domain/schema";
import type { PaletteItem } from "./drag-data";
import { freeSpot, regionAt, regionHeight, REGION_W, type Rect } from "./geometry";

export interface XY {
  x: number;
  y: number;
}

/** One operation of `lib/domain/edit`, with its arguments. */
export type CanvasEdit =
  | { op: "setPosition"; id: string; x: number; y: number }
  | { op: "moveNodeGroup"; groupId: string; regionId: string }
  | { op: "addLink"; from: string; to: string }
  /** A new region, placed at once so it lands where it was dropped. */
  | { op: "addRegion"; provider: Provider; region: string; at: XY }
  | { op: "addNodeGroup"; regionId: string; template: NodeGroupTemplate }
  | { op: "removeElements"; ids: readonly string[] };

/**
 * What the canvas does in answer to a gesture, in order: an undoable edit (one entry in the history,
 * `selectCreated` selects what it added), a message, or putting dragged nodes back where the document
 * has them.
 */
export type GestureStep =
  | { kind: "edit"; label: string; edits: readonly CanvasEdit[]; selectCreated?: boolean }
  | { kind: "notice"; tone: "info" | "error"; message: string }
  | { kind: "snap-back" };

/** Applies a step's edits to a draft; the id of the last element added, if any. */
export function applyCanvasEdits(draft: TopologyDocument, edits: readonly CanvasEdit[]): string | undefined {
  let created: string | undefined;
  for (const edit of edits) {
    switch (edit.op) {
      case "setPosition":
        setPosition(draft, edit.id, edit.x, edit.y);
        break;
      case "moveNodeGroup":
        moveNodeGroup(draft, edit.groupId, edit.regionId);
        break;
      case "addLink":
        created = addLink(draft, edit.from, edit.to);
        break;
      case "addRegion":
        created = addRegion(draft, edit.provider, edit.region);
        setPosition(draft, created, edit.at.x, edit.at.y);
        break;
      case "addNodeGroup":
        created = addNodeGroup(draft, edit.regionId, edit.template);
        break;
      case "removeElements":
        removeElements(draft, edit.ids);
        break;
    }
  }
  return created;
}

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

function regionMoves(moved: readonly { id: string; position: XY }[]): GestureStep {
  return {
    kind: "edit",
    label: plural(moved.length, "Move region", "Move regions"),
    edits: moved.map((n) => ({ op: "setPosition", id: n.id, x: n.position.x, y: n.position.y })),
  };
}

// ---- Arrow keys.

/** The part of a React Flow node change this module reads. */
export interface NodeChangeLike {
  type: string;
  id?: string;
  selected?: boolean;
  dragging?: boolean;
  position?: XY;
}

/**
 * React Flow reports arrow-key moves of the selected nodes as position changes outside any drag. A
 * region's move is an edit of the document; a node group's place inside its region is not the user's
 * to set, so it stays put. `local` is what the canvas still applies to its own copy of the nodes
 * (dimensions, drag positions): neither selection, removal nor the key moves.
 */
export function nodeChangeSteps<C extends NodeChangeLike>(
  changes: readonly C[],
  context: { dragging: boolean; regionIds: ReadonlySet<string> },
): { steps: GestureStep[]; local: C[] } {
  const keyed = context.dragging ? [] : changes.filter((c) => c.type === "position" && c.dragging === false && !!c.position);
  const moved = keyed.filter((c) => context.regionIds.has(c.id!)).map((c) => ({ id: c.id!, position: c.position! }));
  return {
    steps: moved.length ? [regionMoves(moved)] : [],
    local: changes.filter((c) => c.type !== "select" && c.type !== "remove" && !keyed.includes(c)),
  };
}

/**
 * Selection lives in the editor store; React Flow reports clicks and box selections as "select"
 * changes. The selection after them, or null when there were none. Provider bands are not selectable.
 */
export function selectionAfter(current: readonly string[], changes: readonly NodeChangeLike[]): string[] | null {
  const selects = changes.filter((c): c is { type: "select"; id: string; selected: boolean } => c.type === "select");
  if (!selects.length) return null;
  const next = new Set(current);
  for (const c of selects) {
    if (c.id.startsWith("provider:")) continue;
    if (c.selected) next.add(c.id);
    else next.delete(c.id);
  }
  return [...next];
}

// ---- Dragging.

export interface DraggedNode {
  id: string;
  type: string | undefined;
  /** Where React Flow put it: for a region, its position on the canvas. */
  position: XY;
  /** Its centre on the canvas (a node group's position is relative to its region). */
  centre: XY;
}

/**
 * A drag has ended. Regions stay where they were dropped. The node group under the pointer lands in the
 * region where the pointer is (what the user aims with); others dragged along land where their centres
 * are. Groups dropped outside every region, or back into their own, snap back.
 */
export function dragStopSteps(input: {
  grabbed: DraggedNode;
  /** Every node of the drag (a multi-selection), or empty when only the grabbed one moved. */
  dragged: readonly DraggedNode[];
  pointer: XY | undefined;
  regionRects: ReadonlyMap<string, Rect>;
  nodeGroups: readonly { id: string; regionId: string }[];
}): GestureStep[] {
  const { grabbed, pointer, regionRects } = input;
  const moved = input.dragged.length ? input.dragged : [grabbed];
  const regions = moved.filter((n) => n.type === "region");
  const groups = moved.filter((n) => n.type === "nodeGroup");
  const steps: GestureStep[] = [];
  if (regions.length) steps.push(regionMoves(regions));
  if (!groups.length) return steps;

  const targets = groups.map((n) => {
    const at = n.id === grabbed.id && pointer ? pointer : n.centre;
    return { id: n.id, region: regionAt(regionRects, at) ?? regionAt(regionRects, n.centre) };
  });
  const moves = targets.filter(
    (t): t is { id: string; region: string } => !!t.region && t.region !== input.nodeGroups.find((g) => g.id === t.id)?.regionId,
  );
  if (targets.some((t) => !t.region)) {
    steps.push({ kind: "notice", tone: "info", message: "Node groups live inside a region: drop it on a region to move it there." });
  }
  if (moves.length) {
    steps.push({
      kind: "edit",
      label: plural(moves.length, "Move node group", "Move node groups"),
      edits: moves.map((m) => ({ op: "moveNodeGroup", groupId: m.id, regionId: m.region })),
    });
  } else steps.push({ kind: "snap-back" });
  return steps;
}

// ---- Connecting, dropping, deleting.

/** A handle dragged from one region to another links them. */
export function connectSteps(connection: { source: string | null; target: string | null }): GestureStep[] {
  if (!connection.source || !connection.target) return [];
  return [{ kind: "edit", label: "Link regions", edits: [{ op: "addLink", from: connection.source, to: connection.target }] }];
}

/**
 * A palette item dropped at a point of the canvas. A region goes to the nearest free spot from there;
 * a node group goes into the region under the point, and needs one.
 */
export function dropSteps(item: PaletteItem, point: XY, regionRects: ReadonlyMap<string, Rect>): GestureStep[] {
  if (item.kind === "region") {
    // The box's corner a little up and left of the pointer, so the pointer ends up on its header.
    const at = freeSpot(regionRects.values(), { x: point.x - 24, y: point.y - 16 }, { width: REGION_W, height: regionHeight(0) });
    return [{ kind: "edit", label: "Add region", edits: [{ op: "addRegion", provider: item.provider, region: item.region, at }], selectCreated: true }];
  }
  const regionId = regionAt(regionRects, point);
  if (!regionId) {
    return [{ kind: "notice", tone: "error", message: `${item.label} go inside a region: drop them on a region box, or add a region first.` }];
  }
  return [
    { kind: "edit", label: `Add ${item.label.toLowerCase()}`, edits: [{ op: "addNodeGroup", regionId, template: item.template }], selectCreated: true },
  ];
}

/** Delete or Backspace removes the selection (a region takes its node groups and links with it). */
export function deleteSteps(selection: readonly string[]): GestureStep[] {
  if (!selection.length) return [];
  const label = selection.length === 1 ? `Delete ${selection[0]}` : `Delete ${selection.length} elements`;
  return [{ kind: "edit", label, edits: [{ op: "removeElements", ids: [...selection] }] }];
}

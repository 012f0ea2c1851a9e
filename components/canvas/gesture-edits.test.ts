import { produce } from "immer";
import { describe, expect, it } from "vitest";
import { addNodeGroup, addRegion } from "@/lib/domain/edit";
import { starterDocument } from "@/lib/domain/starter";
import {
  applyCanvasEdits, connectSteps, deleteSteps, dragStopSteps, dropSteps, nodeChangeSteps, selectionAfter,
  type DraggedNode, type GestureStep,
} from "./gesture-edits";
import { regionHeight, REGION_W, type Rect } from "./geometry";

const doc = produce(starterDocument("Gestures"), (d) => {
  const aws = addRegion(d, "aws", "us-east-1");
  addNodeGroup(d, aws, { role: "validator" });
});
const [azure, aws] = doc.regions.map((r) => r.id) as [string, string];
const awsGroup = doc.nodeGroups.find((g) => g.regionId === aws)!.id;
const azureGroup = doc.nodeGroups.find((g) => g.regionId === azure)!.id;

const rects = new Map<string, Rect>([
  [azure, { x: 0, y: 0, width: 200, height: 200 }],
  [aws, { x: 400, y: 0, width: 200, height: 200 }],
]);

const region = (id: string, x: number, y: number): DraggedNode => ({ id, type: "region", position: { x, y }, centre: { x: x + 100, y: y + 100 } });
const group = (id: string, centre: { x: number; y: number }): DraggedNode => ({ id, type: "nodeGroup", position: { x: 12, y: 46 }, centre });

/** The document after a gesture's edits, as the canvas would record them. */
function afterEdits(steps: readonly GestureStep[], base = doc) {
  let created: string | undefined;
  const next = produce(base, (d) => {
    for (const step of steps) if (step.kind === "edit") created = applyCanvasEdits(d, step.edits) ?? created;
  });
  return { next, created };
}

describe("arrow-key moves", () => {
  const regionIds = new Set(doc.regions.map((r) => r.id));

  it("turns a region's position change outside a drag into one undoable move", () => {
    const changes = [{ type: "position", id: azure, dragging: false, position: { x: 40.4, y: 80.6 } }];
    const { steps, local } = nodeChangeSteps(changes, { dragging: false, regionIds });
    expect(steps).toEqual([{ kind: "edit", label: "Move region", edits: [{ op: "setPosition", id: azure, x: 40.4, y: 80.6 }] }]);
    expect(local).toEqual([]);
    expect(afterEdits(steps).next.layout.positions[azure]).toEqual({ x: 40, y: 81 });
  });

  it("names a move of several regions in the plural", () => {
    const changes = [azure, aws].map((id) => ({ type: "position", id, dragging: false, position: { x: 1, y: 2 } }));
    expect(nodeChangeSteps(changes, { dragging: false, regionIds }).steps[0]).toMatchObject({ label: "Move regions" });
  });

  it("leaves node groups where they are and keeps their key moves off the canvas", () => {
    const changes = [{ type: "position", id: awsGroup, dragging: false, position: { x: 1, y: 2 } }];
    expect(nodeChangeSteps(changes, { dragging: false, regionIds })).toEqual({ steps: [], local: [] });
  });

  it("never mistakes a drag's last positions for key moves", () => {
    const changes = [{ type: "position", id: azure, dragging: false, position: { x: 1, y: 2 } }];
    expect(nodeChangeSteps(changes, { dragging: true, regionIds })).toEqual({ steps: [], local: changes });
  });

  it("applies drag positions and dimensions locally, but not selection or removal", () => {
    const drag = { type: "position", id: azure, dragging: true, position: { x: 1, y: 2 } };
    const size = { type: "dimensions", id: azure };
    const changes = [drag, size, { type: "select", id: azure, selected: true }, { type: "remove", id: azure }];
    expect(nodeChangeSteps(changes, { dragging: false, regionIds })).toEqual({ steps: [], local: [drag, size] });
  });
});

describe("selection changes", () => {
  it("adds and removes what React Flow selects, never a provider band", () => {
    const changes = [
      { type: "select", id: aws, selected: true },
      { type: "select", id: azure, selected: false },
      { type: "select", id: "provider:aws", selected: true },
    ];
    expect(selectionAfter([azure, "link-1"], changes)).toEqual(["link-1", aws]);
  });

  it("says nothing when no change is a selection", () => {
    expect(selectionAfter([azure], [{ type: "dimensions", id: azure }])).toBeNull();
  });
});

describe("drag stop", () => {
  const base = { pointer: undefined, regionRects: rects, nodeGroups: doc.nodeGroups };

  it("records where a dragged region was dropped", () => {
    const steps = dragStopSteps({ ...base, grabbed: region(aws, 420, 10), dragged: [] });
    expect(steps).toEqual([{ kind: "edit", label: "Move region", edits: [{ op: "setPosition", id: aws, x: 420, y: 10 }] }]);
  });

  it("moves the grabbed group to the region under the pointer, not under its centre", () => {
    const grabbed = group(awsGroup, { x: 450, y: 50 });
    const steps = dragStopSteps({ ...base, grabbed, dragged: [grabbed], pointer: { x: 50, y: 50 } });
    expect(steps).toEqual([{ kind: "edit", label: "Move node group", edits: [{ op: "moveNodeGroup", groupId: awsGroup, regionId: azure }] }]);
    expect(afterEdits(steps).next.nodeGroups.find((g) => g.id === awsGroup)!.regionId).toBe(azure);
  });

  it("moves groups dragged along by where their centres land", () => {
    const grabbed = group(awsGroup, { x: 450, y: 50 });
    const along = group(azureGroup, { x: 500, y: 150 });
    const steps = dragStopSteps({ ...base, grabbed, dragged: [grabbed, along], pointer: { x: 460, y: 60 } });
    expect(steps).toEqual([{ kind: "edit", label: "Move node group", edits: [{ op: "moveNodeGroup", groupId: azureGroup, regionId: aws }] }]);
  });

  it("falls back to the centre when the pointer is outside every region", () => {
    const grabbed = group(awsGroup, { x: 50, y: 50 });
    const steps = dragStopSteps({ ...base, grabbed, dragged: [], pointer: { x: 300, y: 300 } });
    expect(steps).toMatchObject([{ kind: "edit", edits: [{ regionId: azure }] }]);
  });

  it("snaps a group back, with a hint, when it lands outside every region", () => {
    const grabbed = group(awsGroup, { x: 300, y: 300 });
    const steps = dragStopSteps({ ...base, grabbed, dragged: [], pointer: { x: 300, y: 300 } });
    expect(steps).toEqual([
      { kind: "notice", tone: "info", message: "Node groups live inside a region: drop it on a region to move it there." },
      { kind: "snap-back" },
    ]);
  });

  it("snaps a group back when it is dropped into its own region", () => {
    const grabbed = group(awsGroup, { x: 450, y: 50 });
    expect(dragStopSteps({ ...base, grabbed, dragged: [], pointer: { x: 460, y: 60 } })).toEqual([{ kind: "snap-back" }]);
  });

  it("records regions and groups of one multi-selection drag as two edits, regions first", () => {
    const grabbed = region(azure, 5, 5);
    const steps = dragStopSteps({ ...base, grabbed, dragged: [grabbed, group(awsGroup, { x: 100, y: 100 })], pointer: { x: 5, y: 5 } });
    expect(steps.map((s) => (s.kind === "edit" ? s.label : s.kind))).toEqual(["Move region", "Move node group"]);
  });
});

describe("connect", () => {
  it("links the two regions", () => {
    const steps = connectSteps({ source: azure, target: aws });
    expect(steps).toEqual([{ kind: "edit", label: "Link regions", edits: [{ op: "addLink", from: azure, to: aws }] }]);
    const { next, created } = afterEdits(steps);
    expect(next.links).toContainEqual(expect.objectContaining({ id: created, from: azure, to: aws, kind: "vpn" }));
  });

  it("does nothing for a connection missing an end", () => {
    expect(connectSteps({ source: azure, target: null })).toEqual([]);
  });
});

describe("drop from the palette", () => {
  it("adds a region at the nearest free spot to the pointer and selects it", () => {
    const steps = dropSteps({ kind: "region", provider: "gcp", region: "europe-west1" }, { x: 824, y: 16 }, rects);
    expect(steps).toEqual([
      { kind: "edit", label: "Add region", edits: [{ op: "addRegion", provider: "gcp", region: "europe-west1", at: { x: 800, y: 0 } }], selectCreated: true },
    ]);
    const { next, created } = afterEdits(steps);
    expect(next.regions.find((r) => r.id === created)).toMatchObject({ provider: "gcp", region: "europe-west1" });
    expect(next.layout.positions[created!]).toEqual({ x: 800, y: 0 });
  });

  it("moves a dropped region off the boxes it would cover", () => {
    const [step] = dropSteps({ kind: "region", provider: "gcp", region: "europe-west1" }, { x: 74, y: 66 }, rects);
    const at = step?.kind === "edit" && step.edits[0]?.op === "addRegion" ? step.edits[0].at : undefined;
    const overlaps = (r: Rect) => at!.x < r.x + r.width && r.x < at!.x + REGION_W && at!.y < r.y + r.height && r.y < at!.y + regionHeight(0);
    expect(at).toBeDefined();
    expect([...rects.values()].some(overlaps)).toBe(false);
  });

  it("adds a node group into the region under the pointer and selects it", () => {
    const item = { kind: "nodeGroup", template: { role: "rpc", rpcType: "standard" }, label: "RPC nodes" } as const;
    const steps = dropSteps(item, { x: 450, y: 100 }, rects);
    expect(steps).toEqual([
      { kind: "edit", label: "Add rpc nodes", edits: [{ op: "addNodeGroup", regionId: aws, template: item.template }], selectCreated: true },
    ]);
    const { next, created } = afterEdits(steps);
    expect(next.nodeGroups.find((g) => g.id === created)).toMatchObject({ regionId: aws, role: "rpc" });
  });

  it("refuses a node group dropped outside every region", () => {
    const steps = dropSteps({ kind: "nodeGroup", template: { role: "bootnode" }, label: "Bootnodes" }, { x: 300, y: 300 }, rects);
    expect(steps).toEqual([
      { kind: "notice", tone: "error", message: "Bootnodes go inside a region: drop them on a region box, or add a region first." },
    ]);
  });
});

describe("delete", () => {
  it("names a single element in the label and removes it", () => {
    const steps = deleteSteps([awsGroup]);
    expect(steps).toEqual([{ kind: "edit", label: `Delete ${awsGroup}`, edits: [{ op: "removeElements", ids: [awsGroup] }] }]);
    expect(afterEdits(steps).next.nodeGroups.some((g) => g.id === awsGroup)).toBe(false);
  });

  it("counts several elements, and a region takes its node groups with it", () => {
    const steps = deleteSteps([aws, azureGroup]);
    expect(steps).toMatchObject([{ label: "Delete 2 elements" }]);
    const { next } = afterEdits(steps);
    expect(next.regions.map((r) => r.id)).toEqual([azure]);
    expect(next.nodeGroups.some((g) => g.regionId === aws || g.id === azureGroup)).toBe(false);
  });

  it("does nothing without a selection", () => {
    expect(deleteSteps([])).toEqual([]);
  });
});

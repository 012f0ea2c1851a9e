import { describe, expect, it } from "vitest";
import { produce } from "immer";
import { addLink, addNodeGroup, addRegion, setPosition } from "@/lib/domain/edit";
import { starterDocument } from "@/lib/domain/starter";
import { deriveFlow } from "./derive-flow";
import { regionAt } from "./geometry";

const doc = produce(starterDocument("Canvas"), (d) => {
  const aws = addRegion(d, "aws", "us-east-1");
  addNodeGroup(d, aws, { role: "validator" });
  addLink(d, "eastus", aws);
});

const derive = (document = doc, selection: string[] = [], lost: string[] = []) =>
  deriveFlow({
    doc: document,
    selection: new Set(selection),
    badges: new Map([["validators", { severity: "error" as const, count: 1, messages: ["m"] }]]),
    lostRegionIds: new Set(lost),
    rttBetween: () => ({ rttMs: 12, source: "measured" as const }),
  });

describe("canvas derivation", () => {
  it("draws a band per provider, a box per region and node groups inside their region", () => {
    const { nodes } = derive();
    expect(nodes.filter((n) => n.type === "provider").map((n) => n.id)).toEqual(["provider:azure", "provider:aws"]);
    expect(nodes.filter((n) => n.type === "region").map((n) => n.id)).toEqual(["eastus", "aws-us-east-1"]);
    const groups = nodes.filter((n) => n.type === "nodeGroup");
    expect(groups).toHaveLength(5);
    expect(groups.every((g) => g.parentId === (doc.nodeGroups.find((x) => x.id === g.id)!.regionId))).toBe(true);
  });

  it("carries badges, selection and the outage onto the elements", () => {
    const { nodes, edges } = derive(doc, ["eastus"], ["eastus"]);
    const validators = nodes.find((n) => n.id === "validators")!;
    expect(validators.data).toMatchObject({ badge: { severity: "error" }, lost: true });
    expect(nodes.find((n) => n.id === "eastus")!.selected).toBe(true);
    expect(edges[0]).toMatchObject({ source: "eastus", target: "aws-us-east-1", data: { lost: true, rtt: { rttMs: 12 } } });
  });

  it("keeps a region where the user put it, and finds the region under a point", () => {
    const moved = produce(doc, (d) => setPosition(d, "aws-us-east-1", 900, 40));
    const { nodes, regionRects } = derive(moved);
    expect(nodes.find((n) => n.id === "aws-us-east-1")!.position).toEqual({ x: 900, y: 40 });
    expect(regionAt(regionRects, { x: 950, y: 60 })).toBe("aws-us-east-1");
    expect(regionAt(regionRects, { x: -500, y: -500 })).toBeUndefined();
  });
});

describe("placing a dropped region", () => {
  it("moves it clear of the regions already there", async () => {
    const { freeSpot } = await import("./geometry");
    const rects = [{ x: 0, y: 0, width: 232, height: 200 }];
    const spot = freeSpot(rects, { x: 50, y: 50 }, { width: 232, height: 100 });
    const overlaps = spot.x < 232 && spot.x + 232 > 0 && spot.y < 200 && spot.y + 100 > 0;
    expect(overlaps).toBe(false);
    expect(freeSpot(rects, { x: 600, y: 0 }, { width: 232, height: 100 })).toEqual({ x: 600, y: 0 });
  });
});

import { produce } from "immer";
import { describe, expect, it } from "vitest";
import { addLink, addNodeGroup, addRegion } from "@/lib/domain/edit";
import { starterDocument } from "@/lib/domain/starter";
import { layoutRegions } from "./auto-layout";
import { REGION_W, regionHeight } from "./geometry";

describe("auto-layout", () => {
  it("places every region without overlaps", async () => {
    const doc = produce(starterDocument("L"), (d) => {
      const a = addRegion(d, "aws", "us-east-1");
      const b = addRegion(d, "gcp", "europe-west1");
      const c = addRegion(d, "azure", "westeurope");
      addNodeGroup(d, a, { role: "validator" });
      addLink(d, "eastus", a);
      addLink(d, a, b);
      addLink(d, c, b);
    });
    const positions = await layoutRegions(doc);
    expect([...positions.keys()].sort()).toEqual(doc.regions.map((r) => r.id).sort());
    const boxes = doc.regions.map((r) => {
      const p = positions.get(r.id)!;
      const groups = doc.nodeGroups.filter((g) => g.regionId === r.id).length;
      return { x: p.x, y: p.y, w: REGION_W, h: regionHeight(groups) };
    });
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!, b = boxes[j]!;
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        expect(overlap).toBe(false);
      }
  });
});

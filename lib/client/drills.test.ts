import { afterEach, describe, expect, it, vi } from "vitest";
import type { DrillView } from "@/lib/domain/api";
import { attachDrill, deleteDrill, listDrills, listReviewDrills, saveDrill } from "./drills";

const drill: DrillView = {
  id: "d1", topologyId: "t/1", version: 2, name: "Lose East US", seed: 1, reviewId: null, canChange: true,
  spec: { failure: { kind: "region", regionKey: "azure:eastus" }, atMs: 30_000, horizonMs: 120_000 },
  summary: {
    consensus: "qbft", validators: 4, quorum: 3, failure: { label: "azure:eastus", validatorsDown: 4, regionIds: ["eastus"] },
    stalled: true, stallStartMs: 30_000, roundChangesBeforeRecovery: 0, maxGapMs: 95_000, blocksProduced: 5, summary: "The chain stalls.",
  },
  createdBy: { id: "u1", name: "Ada", email: null }, createdAt: "2026-01-02T03:04:05.000Z",
};

/** Answers each fetch in turn and keeps the requests. */
function answers(...bodies: unknown[]) {
  const fetch = vi.fn(async (_path: string, _init?: RequestInit) => new Response(JSON.stringify(bodies.shift()), { status: 200 }));
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

describe("the drills client", () => {
  it("calls each route with its method and body, and reads the answers with the API's schemas", async () => {
    const fetch = answers({ drill }, { drills: [drill] }, { drills: [] }, { drill: { ...drill, reviewId: "r1" } }, { id: "d1" });
    expect(await saveDrill("t/1", { version: 2, name: "Lose East US", spec: drill.spec })).toEqual(drill);
    expect(await listDrills("t/1", { version: 2 })).toEqual([drill]);
    expect(await listReviewDrills("r1")).toEqual([]);
    expect((await attachDrill("t/1", "d1", "r1")).reviewId).toBe("r1");
    expect(await deleteDrill("t/1", "d1")).toBe("d1");
    expect(fetch.mock.calls.map(([path, init]) => [init?.method ?? "GET", path, init?.body ?? null])).toEqual([
      ["POST", "/api/topologies/t%2F1/drills", JSON.stringify({ version: 2, name: "Lose East US", spec: drill.spec })],
      ["GET", "/api/topologies/t%2F1/drills?version=2", null],
      ["GET", "/api/reviews/r1/drills", null],
      ["PATCH", "/api/topologies/t%2F1/drills/d1", JSON.stringify({ reviewId: "r1" })],
      ["DELETE", "/api/topologies/t%2F1/drills/d1", null],
    ]);
  });

  it("refuses an answer without the server's summary", async () => {
    const { summary: _summary, ...withoutSummary } = drill;
    answers({ drills: [withoutSummary] });
    await expect(listDrills("t1")).rejects.toMatchObject({ code: "bad_response" });
  });
});

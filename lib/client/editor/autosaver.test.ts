import { describe, expect, it, vi } from "vitest";
import { updateElement } from "@/lib/domain/edit";
import { starterDocument } from "@/lib/domain/starter";
import { ApiError } from "../api";
import { createAutosaver, type SaveRequest, type SavedVersion } from "./autosaver";
import { createEditorStore } from "./store";

const validation: SavedVersion["validation"] = { errors: 0, warnings: 0, infos: 0 };

/** A server that stores versions in order and answers when `release()` is called. */
function fakeServer(current = 1) {
  const requests: SaveRequest[] = [];
  const waiting: (() => void)[] = [];
  const put = vi.fn((request: SaveRequest) => {
    requests.push(structuredClone(request));
    return new Promise<SavedVersion>((resolve) => waiting.push(() => resolve({ version: ++current, digest: `d${current}`, validation })));
  });
  const release = async () => {
    waiting.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { put, requests, release };
}

const setCount = (count: number) => (d: Parameters<typeof updateElement>[0]) => updateElement(d, "validators", { count });

describe("autosaver", () => {
  it("saves the dirty document on top of its base and reports the stored version", async () => {
    const store = createEditorStore("t1", starterDocument("x"), 1);
    const server = fakeServer();
    const onSaved = vi.fn();
    const saver = createAutosaver(store, { put: server.put, onSaved });
    store.getState().edit("Set count", setCount(7));
    const done = saver.save();
    expect(store.getState().save.kind).toBe("saving");
    await server.release();
    await done;
    expect(server.requests).toMatchObject([{ topologyId: "t1", baseVersion: 1, message: "Set count" }]);
    expect(server.requests[0]!.document.nodeGroups[0]!.count).toBe(7);
    expect(store.getState().save).toEqual({ kind: "saved", version: 2 });
    expect(onSaved).toHaveBeenCalledWith("t1", expect.objectContaining({ version: 2, document: store.getState().doc }));
  });

  it("does nothing when there is nothing to save", async () => {
    const store = createEditorStore("t1", starterDocument("x"), 1);
    const server = fakeServer();
    await createAutosaver(store, { put: server.put, onSaved: () => undefined }).save();
    expect(server.put).not.toHaveBeenCalled();
  });

  it("saves edits made during a save once it lands, on top of the version it stored", async () => {
    const store = createEditorStore("t1", starterDocument("x"), 1);
    const server = fakeServer();
    const saver = createAutosaver(store, { put: server.put, onSaved: () => undefined });
    store.getState().edit("a", setCount(5));
    const first = saver.save();
    // More edits while the first save is on the wire, then the designer closes and asks to save them.
    store.getState().edit("b", setCount(6));
    const second = saver.save();
    await server.release();
    expect(server.put).toHaveBeenCalledTimes(2);
    await server.release();
    await Promise.all([first, second]);
    expect(server.requests.map((r) => [r.baseVersion, r.document.nodeGroups[0]!.count, r.message])).toEqual([
      [1, 5, "a"],
      [2, 6, "b"],
    ]);
    expect(store.getState().save).toEqual({ kind: "saved", version: 3 });
  });

  it("asks for no follow-up when nothing changed during the save", async () => {
    const store = createEditorStore("t1", starterDocument("x"), 1);
    const server = fakeServer();
    const saver = createAutosaver(store, { put: server.put, onSaved: () => undefined });
    store.getState().edit("a", setCount(5));
    const first = saver.save();
    const second = saver.save();
    await server.release();
    await Promise.all([first, second]);
    expect(server.put).toHaveBeenCalledOnce();
    expect(store.getState().save).toEqual({ kind: "saved", version: 2 });
  });

  it("turns a stale base into a conflict and stops there", async () => {
    const store = createEditorStore("t1", starterDocument("x"), 1);
    const theirs = { number: 2, authorName: "Ada", document: starterDocument("theirs") };
    const currentVersion = { ...theirs, digest: "d2", message: "theirs", createdAt: "2025-01-02T03:04:05.000Z" };
    const put = vi.fn(async () => {
      throw new ApiError(409, "conflict", "stale", [], { code: "conflict", message: "stale", currentVersion });
    });
    const onSaved = vi.fn();
    store.getState().edit("a", setCount(5));
    await createAutosaver(store, { put, onSaved }).save();
    expect(store.getState().save).toEqual({ kind: "conflict", theirs });
    expect(onSaved).not.toHaveBeenCalled();
  });

  it("reports a 409 whose details are not a save conflict as an error, not as a conflict", async () => {
    const store = createEditorStore("t1", starterDocument("x"), 1);
    const put = vi.fn(async () => {
      throw new ApiError(409, "conflict", "This topology is archived; restore it before saving.", [], { archived: true });
    });
    store.getState().edit("a", setCount(5));
    await createAutosaver(store, { put, onSaved: () => undefined }).save();
    expect(store.getState().save).toEqual({ kind: "error", message: "This topology is archived; restore it before saving." });
  });
});

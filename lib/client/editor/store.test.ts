import { describe, expect, it } from "vitest";
import { addRegion, updateElement } from "@/lib/domain/edit";
import { starterDocument } from "@/lib/domain/starter";
import { createEditorStore } from "./store";

describe("editor store", () => {
  it("records each edit as one undoable step and redoes it", () => {
    const store = createEditorStore("t", starterDocument("x"), 1);
    store.getState().edit("Set count", (d) => updateElement(d, "validators", { count: 7 }));
    const id = store.getState().edit("Add region", (d) => addRegion(d, "aws", "us-east-1"));
    expect(id).toBe("aws-us-east-1");
    expect(store.getState().save.kind).toBe("dirty");
    store.getState().undo();
    expect(store.getState().doc.regions).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().doc.nodeGroups[0]!.count).toBe(4);
    store.getState().redo();
    expect(store.getState().doc.nodeGroups[0]!.count).toBe(7);
    expect(store.getState().future.map((e) => e.label)).toEqual(["Add region"]);
  });

  it("a new edit clears the redo stack; an edit that changes nothing is not recorded", () => {
    const store = createEditorStore("t", starterDocument("x"), 1);
    store.getState().edit("a", (d) => updateElement(d, "validators", { count: 5 }));
    store.getState().undo();
    store.getState().edit("noop", (d) => updateElement(d, "validators", { count: 4 }));
    expect(store.getState().future).toHaveLength(1);
    store.getState().edit("b", (d) => updateElement(d, "validators", { count: 6 }));
    expect(store.getState().future).toHaveLength(0);
    expect(store.getState().past.map((e) => e.label)).toEqual(["b"]);
  });

  it("keeps the document dirty when an edit lands while a save is in flight", () => {
    const store = createEditorStore("t", starterDocument("x"), 1);
    store.getState().edit("a", (d) => updateElement(d, "validators", { count: 5 }));
    const revision = store.getState().revision;
    store.getState().edit("b", (d) => updateElement(d, "validators", { count: 6 }));
    const saved = store.getState().doc;
    store.getState().markSaved(2, revision, saved);
    expect(store.getState()).toMatchObject({ baseVersion: 2, save: { kind: "dirty" } });
    expect(store.getState().baseDoc).toBe(saved);
    store.getState().markSaved(3, store.getState().revision, store.getState().doc);
    expect(store.getState().save).toEqual({ kind: "saved", version: 3 });
  });

  it("rebases onto another version without losing the current document or its history", () => {
    const store = createEditorStore("t", starterDocument("x"), 1);
    store.getState().edit("mine", (d) => updateElement(d, "validators", { count: 5 }));
    const theirs = { ...starterDocument("x"), description: "theirs" };
    store.getState().rebase(4, theirs);
    expect(store.getState()).toMatchObject({ baseVersion: 4, baseDoc: theirs, save: { kind: "dirty" } });
    expect(store.getState().doc.nodeGroups[0]!.count).toBe(5);
    expect(store.getState().past).toHaveLength(1);
  });

  it("drops deleted elements from the selection", () => {
    const store = createEditorStore("t", starterDocument("x"), 1);
    store.getState().select(["validators", "eastus"]);
    store.getState().edit("remove", (d) => {
      d.nodeGroups = d.nodeGroups.filter((g) => g.id !== "validators");
    });
    expect(store.getState().selection).toEqual(["eastus"]);
  });
});

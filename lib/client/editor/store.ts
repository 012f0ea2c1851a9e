"use client";

import { applyPatches, enablePatches, produceWithPatches, type Patch } from "immer";
import { createStore } from "zustand/vanilla";
import type { NodeGroup, TopologyDocument } from "@/lib/domain/schema";

enablePatches();

export interface HistoryEntry {
  label: string;
  patches: Patch[];
  inverse: Patch[];
}

export type SaveState =
  | { kind: "saved"; version: number }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "conflict"; theirs: { number: number; authorName: string | null; document: TopologyDocument } }
  | { kind: "error"; message: string };

export interface EditorState {
  topologyId: string;
  doc: TopologyDocument;
  /** The stored version the current document builds on; saves send it as the base. */
  baseVersion: number;
  /** That version's document, so a conflict can show what each side changed since. */
  baseDoc: TopologyDocument;
  /** Increments on every edit, so autosave knows whether a save is still current. */
  revision: number;
  past: HistoryEntry[];
  future: HistoryEntry[];
  selection: string[];
  clipboard: NodeGroup[];
  save: SaveState;
  /** Applies one gesture as one undoable step; the recipe mutates a draft and may return a value. */
  edit<T>(label: string, recipe: (draft: TopologyDocument) => T): T;
  undo(): void;
  redo(): void;
  select(ids: string[]): void;
  copySelection(): number;
  /** Replaces the document (load, reload after a conflict, import) and clears history when asked. */
  replace(doc: TopologyDocument, baseVersion: number, options?: { keepHistory?: boolean; label?: string }): void;
  setSave(save: SaveState): void;
  markSaved(version: number, revision: number, saved: TopologyDocument): void;
  /** Settles a conflict: their version becomes the base, and the current document stays (dirty). */
  rebase(version: number, doc: TopologyDocument): void;
}

const HISTORY_LIMIT = 200;

export function createEditorStore(topologyId: string, doc: TopologyDocument, baseVersion: number) {
  return createStore<EditorState>()((set, get) => ({
    topologyId,
    doc,
    baseVersion,
    baseDoc: doc,
    revision: 0,
    past: [],
    future: [],
    selection: [],
    clipboard: [],
    save: { kind: "saved", version: baseVersion },

    edit(label, recipe) {
      let result: ReturnType<typeof recipe> | undefined;
      const [next, patches, inverse] = produceWithPatches(get().doc, (draft) => {
        result = recipe(draft as TopologyDocument);
      });
      if (patches.length === 0) return result as ReturnType<typeof recipe>;
      set((s) => ({
        doc: next,
        revision: s.revision + 1,
        past: [...s.past.slice(-HISTORY_LIMIT + 1), { label, patches, inverse }],
        future: [],
        save: s.save.kind === "conflict" ? s.save : { kind: "dirty" },
        selection: s.selection.filter((id) => exists(next, id)),
      }));
      return result as ReturnType<typeof recipe>;
    },

    undo() {
      const { past, doc } = get();
      const entry = past.at(-1);
      if (!entry) return;
      const next = applyPatches(doc, entry.inverse);
      set((s) => ({
        doc: next,
        revision: s.revision + 1,
        past: s.past.slice(0, -1),
        future: [entry, ...s.future],
        save: s.save.kind === "conflict" ? s.save : { kind: "dirty" },
        selection: s.selection.filter((id) => exists(next, id)),
      }));
    },

    redo() {
      const { future, doc } = get();
      const entry = future[0];
      if (!entry) return;
      const next = applyPatches(doc, entry.patches);
      set((s) => ({
        doc: next,
        revision: s.revision + 1,
        past: [...s.past, entry],
        future: s.future.slice(1),
        save: s.save.kind === "conflict" ? s.save : { kind: "dirty" },
        selection: s.selection.filter((id) => exists(next, id)),
      }));
    },

    select(ids) {
      const current = get().selection;
      if (current.length === ids.length && current.every((id, i) => id === ids[i])) return;
      set({ selection: ids });
    },

    copySelection() {
      const { doc, selection } = get();
      const groups = doc.nodeGroups.filter((g) => selection.includes(g.id));
      if (groups.length) set({ clipboard: structuredClone(groups) });
      return groups.length;
    },

    replace(doc, baseVersion, options = {}) {
      set((s) => ({
        doc,
        baseVersion,
        baseDoc: doc,
        revision: s.revision + 1,
        past: options.keepHistory ? s.past : [],
        future: options.keepHistory ? s.future : [],
        selection: [],
      }));
    },

    setSave(save) {
      set({ save });
    },

    markSaved(version, revision, saved) {
      // An edit made while the save was in flight keeps the document dirty, on top of the new base.
      set((s) => ({ baseVersion: version, baseDoc: saved, save: s.revision === revision ? { kind: "saved", version } : { kind: "dirty" } }));
    },

    rebase(version, doc) {
      set({ baseVersion: version, baseDoc: doc, save: { kind: "dirty" } });
    },
  }));
}

export type EditorStore = ReturnType<typeof createEditorStore>;

function exists(doc: TopologyDocument, id: string): boolean {
  return doc.regions.some((r) => r.id === id) || doc.nodeGroups.some((g) => g.id === id) || doc.links.some((l) => l.id === id);
}

import type { SavedVersion } from "@/lib/domain/api";
import type { TopologyDocument } from "@/lib/domain/schema";
import { saveConflictOf } from "../save-conflict";
import type { EditorStore } from "./store";

export type { SavedVersion };

export interface SaveRequest {
  topologyId: string;
  baseVersion: number;
  document: TopologyDocument;
  message: string;
}

export interface AutosaverDeps {
  /** Stores a new version; a stale base is an ApiError 409 carrying the current version. */
  put(request: SaveRequest): Promise<SavedVersion>;
  /** Told after each stored version. May run after the designer has closed: it must not touch React state. */
  onSaved(topologyId: string, saved: SavedVersion & { document: TopologyDocument }): void;
}

export interface Autosaver {
  /**
   * Saves the document if it has unsaved edits. Called while a save is in flight, it saves once more after
   * that one lands, so edits made meanwhile are not left behind. Resolves when nothing is left to save or a
   * save failed (the store's save state says which).
   */
  save(): Promise<void>;
}

/**
 * Saves the editor store's document as new versions. Free of React so a save started as the designer
 * closes can finish: it only writes to the store, which nothing watches any more by then.
 */
export function createAutosaver(store: EditorStore, deps: AutosaverDeps): Autosaver {
  let running: Promise<void> | undefined;
  let again = false;
  // How much of the undo history the last saved version's message already described.
  let savedHistory = 0;

  async function saveOnce(): Promise<void> {
    const state = store.getState();
    if (state.save.kind !== "dirty") return;
    const { revision, doc, baseVersion, topologyId, past } = state;
    state.setSave({ kind: "saving" });
    try {
      const message = summarise(past.slice(Math.min(savedHistory, past.length)).map((p) => p.label));
      const saved = await deps.put({ topologyId, baseVersion, document: doc, message });
      savedHistory = past.length;
      store.getState().markSaved(saved.version, revision, doc);
      deps.onSaved(topologyId, { ...saved, document: doc });
    } catch (error) {
      const theirs = saveConflictOf(error);
      if (theirs) {
        store.getState().setSave({ kind: "conflict", theirs: { number: theirs.number, authorName: theirs.authorName, document: theirs.document } });
      } else {
        store.getState().setSave({ kind: "error", message: (error as Error).message });
      }
    }
  }

  async function drain(): Promise<void> {
    do {
      again = false;
      await saveOnce();
    } while (again && store.getState().save.kind === "dirty");
  }

  return {
    save() {
      if (running) {
        again = true;
        return running;
      }
      running = drain().finally(() => {
        running = undefined;
      });
      return running;
    },
  };
}

/** The version message: what was done since the last save, most recent last. */
export function summarise(labels: string[]): string {
  if (labels.length === 0) return "Edited in the designer";
  const recent = labels.slice(-3).join("; ");
  const text = labels.length > 3 ? `${labels.length} edits, latest: ${recent}` : recent;
  return text.slice(0, 500);
}

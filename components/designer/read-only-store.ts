import type { EditorStore } from "@/lib/client/editor/store";
import { EditError } from "@/lib/domain/edit";

/**
 * Makes an editor store refuse every change: edits throw an EditError carrying the reason (the canvas
 * shows it and puts a dragged node back), undo and redo do nothing. The disabled controls are the
 * first guard; this one catches gestures no control stands in front of, and the API is the last.
 */
export function lockEditorStore(store: EditorStore, reason: string): void {
  store.setState({
    edit: () => {
      throw new EditError(`${reason}. Nothing was changed.`);
    },
    undo: () => undefined,
    redo: () => undefined,
  });
}

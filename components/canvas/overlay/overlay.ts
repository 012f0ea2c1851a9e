import type { ElementKind } from "@/lib/domain/diff/changed-elements";

/** How an element differs in a visual diff: added green, removed red, changed amber. */
export type DiffMark = "added" | "removed" | "changed";

/** What a read-only canvas draws over an element besides the element itself. */
export interface ElementOverlay {
  mark?: DiffMark;
  /** Review comments pinned to the element. */
  comments?: number;
}

/** One canvas element a reviewer can point at: a region, a node group or a link. */
export interface CanvasTarget {
  kind: ElementKind;
  id: string;
}

/** The same green, red and amber as "ok", "error" and "warning" everywhere else (globals.css). */
export const MARK_COLOUR: Record<DiffMark, string> = { added: "#067647", removed: "#b42318", changed: "#b54708" };
export const MARK_LABEL: Record<DiffMark, string> = { added: "Added", removed: "Removed", changed: "Changed" };

export function overlayOf(data: Record<string, unknown> | undefined): ElementOverlay | undefined {
  return data?.overlay as ElementOverlay | undefined;
}

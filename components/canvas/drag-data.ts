import type { NodeGroupTemplate } from "@/lib/domain/edit";
import type { Provider } from "@/lib/domain/schema";

/** What the palette and region picker put on a drag, read back by the canvas on drop. */
export type PaletteItem = { kind: "nodeGroup"; template: NodeGroupTemplate; label: string } | { kind: "region"; provider: Provider; region: string };

export const DRAG_MIME = "application/x-meridian-palette";

export function writeDragItem(event: React.DragEvent, item: PaletteItem): void {
  event.dataTransfer.setData(DRAG_MIME, JSON.stringify(item));
  event.dataTransfer.effectAllowed = "copy";
}

export function readDragItem(event: React.DragEvent): PaletteItem | undefined {
  const raw = event.dataTransfer.getData(DRAG_MIME);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as PaletteItem;
  } catch {
    return undefined;
  }
}

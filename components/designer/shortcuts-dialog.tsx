"use client";

import { Dialog } from "@/components/ui/dialog";
import { ZOOM_SHORTCUTS } from "./zoom-shortcuts";

export const SHORTCUTS: [string, string][] = [
  ["Ctrl+Z", "Undo"],
  ["Ctrl+Shift+Z, Ctrl+Y", "Redo"],
  ["Ctrl+S", "Save now (saving is also automatic)"],
  ["Ctrl+C / Ctrl+V", "Copy node groups / paste into the selected region"],
  ["Ctrl+A", "Select everything"],
  ["Shift+click, Shift+drag", "Add to the selection / select an area"],
  ["Delete, Backspace", "Delete the selection"],
  ["Esc", "Clear the selection"],
  ["F", "Fit the whole design in view"],
  ["Z", "Zoom to the selection"],
  ...ZOOM_SHORTCUTS.map(({ keys, help }): [string, string] => [keys.join(", "), help]),
  ["L", "Auto-layout the regions"],
  ["M", "Switch between canvas and map"],
  ["S", "Open or close the simulation (timing, availability, drills)"],
  ["O", "Optimise the placement"],
  ["E", "Export a deployment bundle"],
  ["?", "This help"],
];

export function ShortcutsDialog({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Keyboard shortcuts">
      <table className="w-full text-sm">
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys} className="border-b border-slate-100 last:border-0">
              <td className="py-1.5 pr-4"><kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs">{keys}</kbd></td>
              <td className="py-1.5 text-slate-700">{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}

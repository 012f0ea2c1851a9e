"use client";

import { useState } from "react";
import { RoleIcon } from "@/components/canvas/nodes/role-icon";
import { writeDragItem, type PaletteItem } from "@/components/canvas/drag-data";
import { addNodeGroup, EditError } from "@/lib/domain/edit";
import { useEditor, useEditorStore } from "@/lib/client/editor/context";
import { toast } from "sonner";
import { regionLabel } from "./region-label";
import { RegionPicker } from "./region-picker";
import { useDesignerAccess } from "./use-designer-access";

const NODE_GROUP_ITEMS: Extract<PaletteItem, { kind: "nodeGroup" }>[] = [
  { kind: "nodeGroup", label: "Validators", template: { role: "validator" } },
  { kind: "nodeGroup", label: "Bootnodes", template: { role: "bootnode" } },
  { kind: "nodeGroup", label: "RPC nodes", template: { role: "rpc", rpcType: "standard" } },
  { kind: "nodeGroup", label: "GraphQL RPC", template: { role: "rpc", rpcType: "graphql" } },
  { kind: "nodeGroup", label: "Archive nodes", template: { role: "archive" } },
  { kind: "nodeGroup", label: "Members", template: { role: "member", memberType: "permissioned" } },
];

/** Tessera members: offered only where the design keeps a stack that still runs them (an existing network). */
const TESSERA_ITEM: Extract<PaletteItem, { kind: "nodeGroup" }> = { kind: "nodeGroup", label: "Private members (Tessera)", template: { role: "member", memberType: "private" } };

/** Node groups to drag into a region (or add to the selected region with Enter), and the region picker. */
export function Palette() {
  const store = useEditorStore();
  const selection = useEditor((s) => s.selection);
  const doc = useEditor((s) => s.doc);
  const { readOnly, reason } = useDesignerAccess();
  const [tab, setTab] = useState<"nodes" | "regions">(doc.regions.length === 0 ? "regions" : "nodes");
  // The selected region, or the region of the selected node group.
  const groupRegionId = doc.nodeGroups.find((g) => selection.includes(g.id))?.regionId;
  const targetRegion = doc.regions.find((r) => selection.includes(r.id)) ?? doc.regions.find((r) => r.id === groupRegionId);

  const addToSelected = (item: typeof TESSERA_ITEM) => {
    if (!targetRegion) {
      toast.info("Select a region first, or drag the tile onto a region.");
      return;
    }
    try {
      const id = store.getState().edit(`Add ${item.label.toLowerCase()}`, (d) => addNodeGroup(d, targetRegion.id, item.template));
      store.getState().select([id]);
    } catch (error) {
      if (error instanceof EditError) toast.error(error.message);
      else throw error;
    }
  };

  return (
    <aside aria-label="Palette" className="w-60 shrink-0 border-r border-slate-200 bg-white">
      {/* Read only: one disabled fieldset turns off every tile, drag and search inside. */}
      <fieldset disabled={readOnly} title={reason ?? undefined} className="flex h-full min-h-0 min-w-0 flex-col">
      <div role="tablist" aria-label="Palette" className="flex border-b border-slate-200 text-sm">
        {(["nodes", "regions"] as const).map((t) => (
          <button key={t} role="tab" type="button" aria-selected={tab === t} onClick={() => setTab(t)}
            className={`flex-1 border-b-2 py-2 ${tab === t ? "border-blue-700 font-medium text-slate-900" : "border-transparent text-slate-600"}`}>
            {t === "nodes" ? "Node groups" : "Regions"}
          </button>
        ))}
      </div>
      {tab === "nodes" ? (
        <div className="flex min-h-0 flex-1 flex-col gap-1.5 overflow-y-auto p-3">
          <p className="mb-1 text-xs text-slate-500">
            Drag onto a region{targetRegion ? <>, or press Enter to add to <strong>{regionLabel(targetRegion)}</strong></> : ""}.
          </p>
          {[...NODE_GROUP_ITEMS, ...(doc.network.existing ? [TESSERA_ITEM] : [])].map((item) => (
            <button
              key={item.label}
              type="button"
              draggable={!readOnly}
              onDragStart={(e) => writeDragItem(e, item)}
              onClick={() => addToSelected(item)}
              className="flex cursor-grab items-center gap-2 rounded-md border border-slate-200 bg-white px-2 py-1.5 text-left text-sm text-slate-800 hover:border-slate-300 hover:bg-slate-50 active:cursor-grabbing disabled:cursor-not-allowed disabled:bg-slate-50 disabled:text-slate-500"
              data-testid={`palette-${item.label}`}
            >
              <RoleIcon role={item.template.role} />
              {item.label}
            </button>
          ))}
        </div>
      ) : (
        <RegionPicker disabled={readOnly} />
      )}
      </fieldset>
    </aside>
  );
}

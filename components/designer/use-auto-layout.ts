"use client";

import { useReactFlow } from "@xyflow/react";
import { useCallback } from "react";
import { toast } from "sonner";
import { layoutRegions } from "@/components/canvas/auto-layout";
import { setPosition } from "@/lib/domain/edit";
import { useEditorStore } from "@/lib/client/editor/context";

/** Lays the regions out (see `layoutRegions`: linked regions near each other by ELK, providers apart), as one undoable step. */
export function useAutoLayout() {
  const store = useEditorStore();
  const flow = useReactFlow();
  return useCallback(async () => {
    const { doc } = store.getState();
    if (doc.regions.length === 0) return;
    try {
      const positions = await layoutRegions(doc);
      store.getState().edit("Auto-layout", (draft) => {
        for (const [id, p] of positions) setPosition(draft, id, p.x, p.y);
      });
      requestAnimationFrame(() => void flow.fitView({ padding: 0.2, duration: 300 }));
    } catch (error) {
      toast.error(`Auto-layout failed: ${(error as Error).message}`);
    }
  }, [store, flow]);
}

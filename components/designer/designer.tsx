"use client";

import { ReactFlowProvider } from "@xyflow/react";
import { useState } from "react";
import { EditorStoreContext } from "@/lib/client/editor/context";
import { createEditorStore } from "@/lib/client/editor/store";
import { useTopology, type TopologyDetail } from "@/lib/client/topologies";
import { useHydrated } from "@/lib/client/use-hydrated";
import { DesignerWorkspace } from "./designer-workspace";
import { lockEditorStore } from "./read-only-store";
import { useDesignerAccess } from "./use-designer-access";

/**
 * Opens the editor on the topology's newest version: `initial` when the page read it on the server, else
 * fetched. The editor is drawn in the browser only: rendering it on the server as well made the page slower
 * to use (more HTML, then hydrating it), and the canvas must measure its frame before drawing anyway.
 */
export function Designer({ topologyId, initial }: { topologyId: string; initial?: { data: TopologyDetail; at: number } }) {
  const detail = useTopology(topologyId, initial);
  const hydrated = useHydrated();
  if (hydrated && detail.isError) {
    return (
      <div className="p-6">
        <p role="alert" className="rounded-md bg-red-50 px-4 py-3 text-sm text-sev-error">{detail.error.message}</p>
      </div>
    );
  }
  if (!hydrated || !detail.data) return <p role="status" className="p-10 text-center text-sm text-slate-500">Opening the designer…</p>;
  return <EditorSession key={topologyId} detail={detail.data} />;
}

/** One editing session: the store is made once, so later refetches never reset the user's history. */
function EditorSession({ detail }: { detail: TopologyDetail }) {
  const { reason } = useDesignerAccess();
  const [store] = useState(() => {
    const created = createEditorStore(detail.topology.id, detail.document, detail.version.number);
    if (reason) lockEditorStore(created, reason);
    return created;
  });
  return (
    <EditorStoreContext.Provider value={store}>
      <ReactFlowProvider>
        <DesignerWorkspace topology={detail.topology} />
      </ReactFlowProvider>
    </EditorStoreContext.Provider>
  );
}

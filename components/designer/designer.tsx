"use client";

import { ReactFlowProvider } from "@xyflow/react";
import { useState } from "react";
import { EditorStoreContext } from "@/lib/client/editor/context";
import { createEditorStore } from "@/lib/client/editor/store";
import { useTopology, type TopologyDetail } from "@/lib/client/topologies";
import { DesignerWorkspace } from "./designer-workspace";
import { lockEditorStore } from "./read-only-store";
import { useDesignerAccess } from "./use-designer-access";

/** Loads the topology's newest version and opens the editor on it. */
export function Designer({ topologyId }: { topologyId: string }) {
  const detail = useTopology(topologyId);
  if (detail.isError) {
    return (
      <div className="p-6">
        <p role="alert" className="rounded-md bg-red-50 px-4 py-3 text-sm text-sev-error">{detail.error.message}</p>
      </div>
    );
  }
  if (!detail.data) return <p role="status" className="p-10 text-center text-sm text-slate-500">Opening the designer…</p>;
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

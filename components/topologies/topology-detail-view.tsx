"use client";

import { useTopology } from "@/lib/client/topologies";
import { DocumentEditor } from "./document-editor";
import { DocumentSummary } from "./document-summary";
import { TopologyHeader } from "./topology-header";

export function TopologyDetailView({ id }: { id: string }) {
  const detail = useTopology(id);
  if (detail.isPending) return <p role="status" className="py-10 text-center text-sm text-slate-500">Loading topology…</p>;
  if (detail.isError) {
    return (
      <p role="alert" className="rounded-md bg-red-50 px-4 py-3 text-sm text-sev-error">
        {detail.error.message}
      </p>
    );
  }
  const { topology, version, document } = detail.data;
  return (
    <>
      <TopologyHeader topology={topology} validation={version.validation} current="json" />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[18rem_1fr]">
        <DocumentSummary document={document} version={version} />
        <DocumentEditor
          key={`${topology.id}:${version.number}`}
          topologyId={topology.id}
          baseVersion={version.number}
          document={document}
          archived={topology.archived}
        />
      </div>
    </>
  );
}

"use client";

import { useState } from "react";
import { ProductionPanel } from "@/components/review/production-panel";
import { RestoreVersionDialog } from "@/components/review/restore-version-dialog";
import { TopologyReviewsPanel } from "@/components/review/topology-reviews-panel";
import { VersionCompare } from "@/components/review/version-compare";
import { VersionHistoryTable } from "@/components/review/version-history-table";
import { useTopology, useVersions } from "@/lib/client/topologies";
import { TopologyHeader } from "./topology-header";

interface Props {
  id: string;
  /** From the address (?from=&to=), so a comparison can be shared. */
  initialFrom?: number;
  initialTo?: number;
}

/** History with messages and authors; compare any two versions, restore one, download reports; production and reviews. */
export function VersionHistoryView({ id, initialFrom, initialTo }: Props) {
  const detail = useTopology(id);
  const versions = useVersions(id);
  const [picked, setPicked] = useState<{ from?: number; to?: number }>({ from: initialFrom, to: initialTo });
  const [restoring, setRestoring] = useState<number | null>(null);
  const [reportError, setReportError] = useState<string | null>(null);
  const error = detail.error ?? versions.error;
  if (error) return <p role="alert" className="rounded-md bg-red-50 px-4 py-3 text-sm text-sev-error">{error.message}</p>;
  if (!detail.data || !versions.data) return <p role="status" className="py-10 text-center text-sm text-slate-500">Loading versions…</p>;

  const { topology } = detail.data;
  const current = topology.currentVersion;
  const exists = (n: number | undefined) => n !== undefined && versions.data.versions.some((v) => v.number === n);
  const to = exists(picked.to) ? picked.to! : current;
  const from = exists(picked.from) ? picked.from! : Math.max(1, to - 1);
  const compare = (nextFrom: number, nextTo: number) => {
    setPicked({ from: nextFrom, to: nextTo });
    const url = new URL(window.location.href);
    url.searchParams.set("from", String(nextFrom));
    url.searchParams.set("to", String(nextTo));
    window.history.replaceState(null, "", url);
  };
  const [older, newer] = from <= to ? [from, to] : [to, from];

  return (
    <>
      <TopologyHeader topology={topology} validation={detail.data.version.validation} current="versions" />
      <div className="mb-6 grid gap-4 md:grid-cols-2">
        <ProductionPanel topologyId={id} />
        <TopologyReviewsPanel topology={topology} />
      </div>

      <section aria-labelledby="history-heading" className="mb-8">
        <h2 id="history-heading" className="mb-2 text-base font-semibold">History</h2>
        {reportError ? <p role="alert" className="mb-2 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-sev-error">{reportError}</p> : null}
        <VersionHistoryTable topologyId={id} versions={versions.data.versions} currentVersion={current} from={from} to={to}
          onCompare={compare} onRestore={setRestoring} onReportError={setReportError} />
      </section>

      <section aria-labelledby="compare-heading">
        <h2 id="compare-heading" className="mb-3 text-base font-semibold">
          {versions.data.versions.length < 2 ? "Compare versions" : `Changes from version ${older} to version ${newer}`}
        </h2>
        {versions.data.versions.length < 2 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-6 text-center text-sm text-slate-600">
            Only one version so far. Every save makes a new one; compare them here once there are two.
          </p>
        ) : (
          <VersionCompare topologyId={id} from={older} to={newer} />
        )}
      </section>

      {restoring !== null ? (
        <RestoreVersionDialog topologyId={id} version={restoring} currentVersion={current}
          onOpenChange={(open) => !open && setRestoring(null)} onRestored={(n) => compare(current, n)} />
      ) : null}
    </>
  );
}

"use client";

import clsx from "clsx";
import { Search } from "lucide-react";
import { useRouter } from "next/navigation";
import { useDeferredValue, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { NewNetworkLink } from "@/components/wizard/new-network-link";
import { useTopologyList } from "@/lib/client/topologies";
import { CreateTopologyDialog } from "./create-topology-dialog";
import { TopologyRow } from "./topology-row";

export function TopologyListView() {
  const router = useRouter();
  const [query, setQuery] = useState("");
  const [archived, setArchived] = useState<"exclude" | "only">("exclude");
  const [creating, setCreating] = useState(false);
  const deferredQuery = useDeferredValue(query.trim());
  const list = useTopologyList(deferredQuery, archived);
  const searchRef = useRef<HTMLInputElement>(null);
  const topologies = list.data?.pages.flatMap((p) => p.topologies) ?? [];

  // "/" focuses search and "n" opens the new-network wizard, unless the user is typing somewhere.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (target.closest("input, textarea, select, [contenteditable=true], [role=dialog]")) return;
      if (event.key === "/") {
        event.preventDefault();
        searchRef.current?.focus();
      } else if (event.key === "n" && !event.metaKey && !event.ctrlKey) {
        event.preventDefault();
        router.push("/topologies/new");
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [router]);

  return (
    <section aria-labelledby="topologies-heading">
      <div className="mb-5 flex items-center justify-between gap-4">
        <div>
          <h1 id="topologies-heading" className="text-xl font-semibold tracking-tight">Topologies</h1>
          <p className="text-sm text-slate-600">Network designs of your organisation. Every save is a new version.</p>
        </div>
        <NewNetworkLink />
      </div>

      <div className="mb-4 flex flex-wrap items-center gap-3">
        <div className="relative w-72">
          <Search size={15} aria-hidden className="pointer-events-none absolute left-2.5 top-2.5 text-slate-500" />
          <input
            ref={searchRef}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="Search by name or description"
            aria-label="Search topologies"
            aria-keyshortcuts="/"
            className="h-9 w-full rounded-md border border-slate-300 bg-white pl-8 pr-3 text-sm"
          />
        </div>
        <div role="group" aria-label="Show" className="inline-flex rounded-md border border-slate-300 bg-white p-0.5 text-sm">
          {(["exclude", "only"] as const).map((value) => (
            <button
              key={value}
              type="button"
              aria-pressed={archived === value}
              onClick={() => setArchived(value)}
              className={clsx("rounded px-3 py-1", archived === value ? "bg-slate-100 font-medium" : "text-slate-600")}
            >
              {value === "exclude" ? "Active" : "Archived"}
            </button>
          ))}
        </div>
      </div>

      {list.isPending ? (
        <p className="py-10 text-center text-sm text-slate-500" role="status">Loading topologies…</p>
      ) : list.isError ? (
        <p role="alert" className="rounded-md bg-red-50 px-4 py-3 text-sm text-sev-error">
          Could not load topologies: {list.error.message} <button className="underline" onClick={() => list.refetch()}>Retry</button>
        </p>
      ) : topologies.length === 0 ? (
        deferredQuery ? (
          <EmptyState title="No matches" body={`No ${archived === "only" ? "archived " : ""}topology matches “${deferredQuery}”.`} />
        ) : archived === "only" ? (
          <EmptyState title="Nothing archived" body="Archived topologies appear here. Archiving keeps every version and can be undone." />
        ) : (
          <EmptyState
            title="No topologies yet"
            body="Answer five short steps (client, regions, what to survive, node roles) and Meridian proposes a network that is checked and priced, ready for the designer. Or start from a QDQ file, or from a blank 4-validator QBFT network."
            action={
              <div className="flex items-center gap-2">
                <NewNetworkLink />
                <Button onClick={() => setCreating(true)}>Start from a blank network</Button>
              </div>
            }
          />
        )
      ) : (
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white" aria-label="Topologies">
          {topologies.map((t) => (
            <TopologyRow key={t.id} topology={t} />
          ))}
        </ul>
      )}
      {list.hasNextPage ? (
        <div className="mt-4 text-center">
          <Button onClick={() => list.fetchNextPage()} disabled={list.isFetchingNextPage}>
            {list.isFetchingNextPage ? "Loading…" : "Show more"}
          </Button>
        </div>
      ) : null}
      <CreateTopologyDialog open={creating} onOpenChange={setCreating} />
    </section>
  );
}

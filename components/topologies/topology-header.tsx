import clsx from "clsx";
import Link from "next/link";
import { ValidationBadges } from "@/components/ui/validation-badges";
import type { TopologySummary, ValidationCounts } from "@/lib/domain/api";

interface Props {
  topology: TopologySummary;
  validation?: ValidationCounts;
  current: "json" | "versions";
}

export function TopologyHeader({ topology, validation, current }: Props) {
  const tab = (href: string, label: string, active: boolean) => (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={clsx("border-b-2 px-1 pb-2 text-sm", active ? "border-blue-700 font-medium text-slate-900" : "border-transparent text-slate-600 hover:text-slate-900")}
    >
      {label}
    </Link>
  );
  return (
    <div className="mb-5">
      <nav aria-label="Breadcrumb" className="mb-1 text-sm text-slate-500">
        <Link href="/topologies" className="hover:underline">Topologies</Link> /
      </nav>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold tracking-tight">{topology.name}</h1>
        <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">v{topology.currentVersion}</span>
        {topology.archived ? <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs text-slate-700">Archived</span> : null}
        {validation ? <ValidationBadges counts={validation} /> : null}
      </div>
      {topology.description ? <p className="mt-1 text-sm text-slate-600">{topology.description}</p> : null}
      <div className="mt-4 flex gap-5 border-b border-slate-200">
        {tab(`/topologies/${topology.id}`, "Designer", false)}
        {tab(`/topologies/${topology.id}/json`, "JSON", current === "json")}
        {tab(`/topologies/${topology.id}/versions`, "Versions", current === "versions")}
        {tab(`/topologies/${topology.id}/reviews`, "Reviews", false)}
      </div>
    </div>
  );
}

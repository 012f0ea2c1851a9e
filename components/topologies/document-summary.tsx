import { Time } from "@/components/ui/time";
import type { VersionSummary } from "@/lib/domain/api";
import { CLIENT_LABELS, PROVIDER_LABELS, type TopologyDocument } from "@/lib/domain/schema";

export function DocumentSummary({ document, version }: { document: TopologyDocument; version: VersionSummary }) {
  const validators = document.nodeGroups.filter((g) => g.role === "validator").reduce((n, g) => n + g.count, 0);
  const nodes = document.nodeGroups.reduce((n, g) => n + g.count, 0);
  const providers = [...new Set(document.regions.map((r) => PROVIDER_LABELS[r.provider]))];
  const rows: [string, React.ReactNode][] = [
    ["Client", CLIENT_LABELS[document.network.client]],
    ["Consensus", document.network.consensus.toUpperCase()],
    ["Chain id", document.network.chainId],
    ["Regions", `${document.regions.length} (${providers.join(", ") || "none"})`],
    ["Validators", validators],
    ["Nodes", nodes],
    ["Saved", <Time key="t" iso={version.createdAt} />],
    ["By", version.author.name ?? version.author.email ?? "unknown"],
  ];
  return (
    <aside aria-label="Summary" className="h-fit rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="mb-3 text-sm font-semibold text-slate-800">Version {version.number}</h2>
      {version.message ? <p className="mb-3 text-sm text-slate-600">“{version.message}”</p> : null}
      <dl className="grid grid-cols-[6rem_1fr] gap-y-1.5 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500">{label}</dt>
            <dd className="text-slate-800">{value}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}

import { CircleCheck, CircleX } from "lucide-react";
import type { FailureDomain, FailureDomainAnalysis } from "@/lib/domain/consensus";
import { PROVIDER_LABELS, type Provider } from "@/lib/domain/schema";

/** "Azure westeurope" for a region (its id is "azure:westeurope"), "All of AWS" for a provider. */
function domainName(d: FailureDomain): string {
  if (d.kind === "provider") return `All of ${d.label}`;
  const [provider, region] = d.id.split(":") as [Provider, string];
  return PROVIDER_LABELS[provider] ? `${PROVIDER_LABELS[provider]} ${region}` : d.label;
}

/** Per region and per provider: does the chain survive losing it, and why; then the worst case in words. */
export function FailureDomains({ analysis }: { analysis: FailureDomainAnalysis }) {
  const multiCloud = analysis.domains.filter((d) => d.kind === "provider").length > 1;
  const domains = analysis.domains.filter((d) => d.kind === "region" || (d.kind === "provider" && multiCloud));
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-slate-800" data-testid="wizard-worst-case">{analysis.summary}</p>
      <table className="w-full text-sm" data-testid="wizard-failure-domains">
        <caption className="sr-only">What happens when one region or provider is lost</caption>
        <thead className="border-b border-slate-200 text-left text-xs text-slate-600">
          <tr>
            <th scope="col" className="py-1.5 pr-3 font-medium">Losing</th>
            <th scope="col" className="py-1.5 pr-3 font-medium">Verdict</th>
            <th scope="col" className="py-1.5 font-medium">Why</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {domains.map((d) => (
            <tr key={`${d.kind}:${d.id}`} data-survives={d.survives}>
              <th scope="row" className="whitespace-nowrap py-1.5 pr-3 text-left font-normal text-slate-900">
                {domainName(d)}
              </th>
              <td className="whitespace-nowrap py-1.5 pr-3">
                {d.survives ? (
                  <span className="inline-flex items-center gap-1 text-ok"><CircleCheck size={15} aria-hidden /> Survives</span>
                ) : (
                  <span className="inline-flex items-center gap-1 text-sev-error"><CircleX size={15} aria-hidden /> Halts</span>
                )}
              </td>
              <td className="py-1.5 text-slate-600">{d.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

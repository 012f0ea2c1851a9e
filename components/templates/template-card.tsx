import Link from "next/link";
import type { TemplateView } from "@/lib/domain/api";
import { CONSENSUS_LABELS } from "@/lib/domain/consensus";
import { PACK_LABEL, providersText, SURVIVES_LABEL, usd } from "./labels";
import { RatingStars } from "./rating-stars";
import { TemplateThumbnail } from "./template-thumbnail";

const SOURCE_LABEL: Record<TemplateView["source"], string> = { curated: "Curated", organization: "Your organisation", public: "Community" };

export function TemplateCard({ template }: { template: TemplateView }) {
  return (
    <li className="relative flex flex-col rounded-lg border border-slate-200 bg-white p-3 shadow-xs hover:border-slate-300">
      <TemplateThumbnail regions={template.regions} title={template.title} />
      <div className="mt-2 flex items-center gap-2 text-[11px] text-slate-500">
        <span>{SOURCE_LABEL[template.source]}</span>
        {template.source === "public" && template.publisher ? <span>· {template.publisher}</span> : null}
        <span className="ml-auto"><RatingStars rating={template.rating} /></span>
      </div>
      {template.legacy ? (
        <p className="mt-1 text-[11px] text-amber-900" title={template.legacy}>
          <span className="rounded bg-amber-100 px-1.5 py-0.5 font-medium">Legacy</span> for networks that already run it
        </p>
      ) : null}
      <h2 className="mt-1 text-sm font-semibold text-slate-900">
        <Link href={`/templates/${encodeURIComponent(template.id)}`} className="after:absolute hover:underline focus:outline-none focus-visible:underline">
          {template.title}
        </Link>
      </h2>
      <p className="mt-1 line-clamp-2 text-xs text-slate-600">{template.description}</p>
      <p className="mt-2 text-xs text-slate-700">
        {template.regions.length} region{template.regions.length === 1 ? "" : "s"} · {providersText(template)} · {template.validators} {CONSENSUS_LABELS[template.consensus]} validators
      </p>
      <p className="text-xs text-slate-700">{SURVIVES_LABEL[template.survives]}</p>
      <div className="mt-auto flex items-center gap-1.5 pt-2">
        {template.packs.map((p) => (
          <span key={p} className="rounded bg-blue-50 px-1.5 py-0.5 text-[10px] font-medium text-blue-800">{PACK_LABEL[p]}</span>
        ))}
        <span className="ml-auto text-sm font-semibold tabular-nums text-slate-900">{usd(template.monthlyCostUsd)}<span className="text-xs font-normal text-slate-500">/month</span></span>
      </div>
      <p className="mt-1 text-[11px] text-slate-500">{template.usageCount ? `Used ${template.usageCount} time${template.usageCount === 1 ? "" : "s"}` : "Not used yet"}</p>
    </li>
  );
}

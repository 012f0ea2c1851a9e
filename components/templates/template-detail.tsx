"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { Fragment, useMemo } from "react";
import { SEVERITY_COLOUR } from "@/components/canvas/visual";
import { useCan, useMissingPermissionReason } from "@/components/shell/page-session-context";
import { useRateTemplate, useTemplate } from "@/lib/client/templates";
import { CONSENSUS_LABELS } from "@/lib/domain/consensus";
import { priceTopology } from "@/lib/domain/cost";
import { validate } from "@/lib/domain/rules";
import { PROVIDER_LABELS, type Provider } from "@/lib/domain/schema";
import { ForkTemplateForm } from "./fork-template-form";
import { PACK_LABEL, providersText, SURVIVES_LABEL, usd } from "./labels";
import { RatingStars } from "./rating-stars";

const TopologyMap = dynamic(() => import("@/components/map/topology-map").then((m) => m.TopologyMap), {
  ssr: false,
  loading: () => <p role="status" className="p-6 text-sm text-slate-500">Loading the map…</p>,
});
const NO_SELECTION = new Set<string>();

/** A template's page: the diagram, what the checks say, what it costs, and a way to use it. */
export function TemplateDetail({ templateId }: { templateId: string }) {
  const template = useTemplate(templateId);
  const rate = useRateTemplate(templateId);
  const canRate = useCan("template.rate");
  const whyNot = useMissingPermissionReason();
  const analysis = useMemo(() => {
    if (!template.data) return null;
    const doc = template.data.document;
    return { validation: validate(doc), cost: priceTopology(doc) };
  }, [template.data]);

  if (template.isError) return <p role="alert" className="rounded-md bg-red-50 px-4 py-3 text-sm text-sev-error">{template.error.message}</p>;
  if (!template.data || !analysis) return <p role="status" className="py-10 text-center text-sm text-slate-500">Loading the template…</p>;
  const t = template.data;
  const { validation, cost } = analysis;
  const byProvider = (Object.entries(cost.byProvider ?? {}) as [Provider, number][]).filter(([, usdPerMonth]) => usdPerMonth > 0);
  return (
    <div className="flex flex-col gap-4">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/templates" className="hover:underline">Templates</Link> / <span className="text-slate-800">{t.title}</span>
      </nav>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="max-w-2xl">
          <h1 className="text-xl font-semibold text-slate-900">{t.title}</h1>
          {t.description.trim() ? (
            <p className="mt-1 text-sm text-slate-600">{t.description}</p>
          ) : (
            <p className="mt-1 text-sm italic text-slate-500">No description.</p>
          )}
          {t.legacy ? (
            <p data-testid="template-legacy" className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-slate-800">
              <span className="font-semibold text-amber-900">Legacy.</span> {t.legacy}
            </p>
          ) : null}
          <div className="mt-2 flex flex-wrap items-center gap-1.5">
            {t.packs.map((p) => <span key={p} className="rounded bg-blue-50 px-1.5 py-0.5 text-xs font-medium text-blue-800">{PACK_LABEL[p]}</span>)}
            {t.tags.map((tag) => <span key={tag} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{tag}</span>)}
          </div>
        </div>
        <div className="w-72"><ForkTemplateForm templateId={t.id} title={t.title} /></div>
      </div>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[1fr_20rem]">
        <section aria-label="Diagram" className="h-80 overflow-hidden rounded-lg border border-slate-200">
          <TopologyMap doc={t.document} selectedIds={NO_SELECTION} onSelect={() => undefined} className="h-full w-full rounded-none border-0" />
        </section>
        <section aria-label="Facts" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <dl className="grid grid-cols-[7rem_1fr] gap-y-1.5">
            <dt className="text-slate-500">Network</dt><dd>{t.client === "besu" ? "Besu" : "GoQuorum"}, {CONSENSUS_LABELS[t.consensus]}</dd>
            <dt className="text-slate-500">Clouds</dt><dd>{providersText(t)}</dd>
            <dt className="text-slate-500">Regions</dt><dd>{t.regions.map((r) => r.region).join(", ")}</dd>
            <dt className="text-slate-500">Validators</dt><dd>{t.validators} (quorum {validation.failureDomains.quorum})</dd>
            <dt className="text-slate-500">Resilience</dt><dd>{SURVIVES_LABEL[t.survives]}</dd>
            <dt className="text-slate-500">Cost</dt><dd className="font-semibold">{usd(cost.totalMonthlyUsd)}/month <span className="font-normal text-slate-500">(list prices)</span></dd>
            {byProvider.length > 1 ? byProvider.map(([p, v]) => (
              <Fragment key={p}><dt className="pl-3 text-slate-500">{PROVIDER_LABELS[p]}</dt><dd>{usd(v)}/month</dd></Fragment>
            )) : null}
            <dt className="text-slate-500">Used</dt><dd>{t.usageCount} time{t.usageCount === 1 ? "" : "s"}</dd>
          </dl>
          <div className="mt-3 border-t border-slate-100 pt-3">
            {canRate ? (
              <RatingStars rating={t.rating} onRate={(stars) => rate.mutate(stars)} disabled={rate.isPending} />
            ) : (
              <>
                <RatingStars rating={t.rating} />
                <p className="mt-1 text-xs text-slate-600">You can read ratings, but not rate: {whyNot}.</p>
              </>
            )}
            {rate.isError ? <p role="alert" className="mt-1 text-xs text-sev-error">{rate.error.message}</p> : null}
          </div>
        </section>
      </div>
      <section aria-label="Findings" className="rounded-lg border border-slate-200 bg-white">
        <h2 className="border-b border-slate-100 px-4 py-2 text-sm font-semibold text-slate-800">
          What the checks say: {validation.summary.errors} errors, {validation.summary.warnings} warnings
        </h2>
        {validation.findings.length === 0 ? (
          <p className="px-4 py-3 text-sm text-slate-600">No findings: the design passes every enabled check.</p>
        ) : (
          <ul>
            {validation.findings.map((f, i) => (
              <li key={i} className="flex items-start gap-2 border-b border-slate-100 px-4 py-1.5 text-sm last:border-0">
                <span className="mt-1.5 inline-block h-2 w-2 shrink-0 rounded-full" style={{ backgroundColor: SEVERITY_COLOUR[f.severity] }} role="img" aria-label={f.severity} />
                <span className="font-mono text-xs text-slate-500">{f.code}</span>
                <span className="text-slate-800">{f.message}</span>
              </li>
            ))}
          </ul>
        )}
        <p className="border-t border-slate-100 px-4 py-2 text-xs text-slate-600">{validation.failureDomains.summary}</p>
      </section>
    </div>
  );
}

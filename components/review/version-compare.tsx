"use client";

import { useVersionDiff, useVersionDocument } from "@/lib/client/reviews";
import { FormError } from "@/components/settings/form-error";
import { ChangePlanCard } from "./change-plan-card";
import { DiffCanvas } from "./diff-canvas";
import { DiffSummary } from "./diff-summary";
import { StructuralDiffList } from "./structural-diff-list";

/** Two versions compared: the summary, the visual diff and the list of changes field by field. */
export function VersionCompare({ topologyId, from, to }: { topologyId: string; from: number; to: number }) {
  const diff = useVersionDiff(topologyId, from, to);
  const older = useVersionDocument(topologyId, from);
  const newer = useVersionDocument(topologyId, to);
  const error = diff.error ?? older.error ?? newer.error;
  if (from === to) {
    return <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-6 text-center text-sm text-slate-600">Pick two different versions to compare.</p>;
  }
  if (error) return <FormError error={error} prefix={`Could not compare version ${from} with version ${to}:`} />;
  if (!diff.data || !older.data || !newer.data) return <p role="status" className="py-8 text-center text-sm text-slate-500">Comparing version {from} with version {to}…</p>;
  return (
    <div className="flex flex-col gap-4">
      <DiffSummary comparison={diff.data} />
      <ChangePlanCard from={{ number: from, document: older.data.document }} to={{ number: to, document: newer.data.document }} />
      <DiffCanvas from={from} to={to} older={older.data.document} newer={newer.data.document} structure={diff.data.structure} />
      <StructuralDiffList structure={diff.data.structure} older={older.data.document} newer={newer.data.document} />
    </div>
  );
}

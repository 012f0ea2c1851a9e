"use client";

import { useReactFlow } from "@xyflow/react";
import clsx from "clsx";
import { ChevronDown, ChevronUp, Wrench } from "lucide-react";
import { useMemo, useState } from "react";
import { toast } from "sonner";
import { SEVERITY_COLOUR } from "@/components/canvas/visual";
import type { Analysis } from "@/lib/client/editor/analysis";
import { useEditorStore } from "@/lib/client/editor/context";
import { applyFix, type Finding, type Severity } from "@/lib/domain/rules";
import { useDesignerAccess } from "./use-designer-access";

const SEVERITIES: Severity[] = ["error", "warning", "info"];
const SEVERITY_LABEL: Record<Severity, string> = { error: "Errors", warning: "Warnings", info: "Notes" };

/** Findings grouped by severity; a click selects and centres the element; a fix applies as one undoable edit. */
export function ProblemsPanel({ analysis, onShowOnCanvas }: { analysis: Analysis; onShowOnCanvas(): void }) {
  const store = useEditorStore();
  const { readOnly, reason } = useDesignerAccess();
  const flow = useReactFlow();
  const [open, setOpen] = useState(true);
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: false });
  const [filter, setFilter] = useState("");
  const findings = analysis.validation.findings;
  const counts = useMemo(() => Object.fromEntries(SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length])) as Record<Severity, number>, [findings]);
  const matching = useMemo(() => {
    const q = filter.trim().toLowerCase();
    return findings.filter((f) => !q || f.code.includes(q) || f.message.toLowerCase().includes(q));
  }, [findings, filter]);
  const visible = useMemo(() => matching.filter((f) => shown[f.severity]), [matching, shown]);
  // Findings the severity chips hide: an empty list must say they are there, not that nothing matches.
  const hidden = matching.length - visible.length;

  const reveal = (finding: Finding) => {
    const id = "id" in finding.target ? finding.target.id : undefined;
    if (!id) {
      store.getState().select([]);
      return;
    }
    onShowOnCanvas();
    store.getState().select([id]);
    const link = store.getState().doc.links.find((l) => l.id === id);
    const nodeIds = link ? [link.from, link.to] : [id];
    requestAnimationFrame(() => void flow.fitView({ nodes: nodeIds.map((n) => ({ id: n })), duration: 300, maxZoom: 1.2, padding: 0.4 }));
  };

  const fix = (finding: Finding) => {
    if (!finding.fix) return;
    // Given a draft, immer's applyPatches changes it in place: the fix becomes one undoable step.
    store.getState().edit(finding.fix.label, (draft) => void applyFix(draft, finding.fix!));
    toast.success(`${finding.fix.label}. Ctrl+Z undoes it.`);
  };

  return (
    <section aria-label="Problems" className={clsx("flex shrink-0 flex-col border-t border-slate-200 bg-white", open ? "h-52" : "h-9")}>
      <div className="flex h-9 shrink-0 items-center gap-3 px-3 text-sm">
        <button type="button" onClick={() => setOpen(!open)} aria-expanded={open} className="flex items-center gap-1 font-semibold text-slate-800">
          {open ? <ChevronDown size={15} aria-hidden /> : <ChevronUp size={15} aria-hidden />} Problems
        </button>
        {SEVERITIES.map((s) => (
          <button key={s} type="button" aria-pressed={shown[s]} onClick={() => setShown({ ...shown, [s]: !shown[s] })}
            className={clsx("rounded-full border px-2 py-0.5 text-xs", shown[s] ? "border-slate-300 bg-slate-50" : "border-transparent text-slate-500")}>
            <span className="mr-1 inline-block h-2 w-2 rounded-full" style={{ backgroundColor: SEVERITY_COLOUR[s] }} aria-hidden />
            {SEVERITY_LABEL[s]} {counts[s]}
          </button>
        ))}
        <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="Filter problems" aria-label="Filter problems"
          className="ml-auto h-7 w-56 rounded-md border border-slate-300 px-2 text-xs" />
      </div>
      {open ? (
        <ul className="min-h-0 flex-1 overflow-y-auto border-t border-slate-100" aria-label="Findings">
          {visible.length === 0 ? (
            <li className="px-4 py-3 text-sm text-slate-500">
              {findings.length === 0 ? (
                "No problems: the design passes every enabled check."
              ) : hidden > 0 ? (
                <>
                  {hidden} {hidden === 1 ? "finding is" : "findings are"} hidden by the filters above.{" "}
                  <button type="button" className="font-medium text-blue-700 underline" onClick={() => setShown({ error: true, warning: true, info: true })}>
                    Show all
                  </button>
                </>
              ) : (
                "No finding matches."
              )}
            </li>
          ) : (
            visible.map((f, i) => (
              <li key={`${f.code}:${i}`} className="flex items-start gap-2 border-b border-slate-100 px-3 py-1.5 text-sm hover:bg-slate-50" data-code={f.code}>
                <span className="mt-1.5 inline-block h-2 w-2 shrink-0 rounded-full" style={{ backgroundColor: SEVERITY_COLOUR[f.severity] }} aria-label={f.severity} role="img" />
                <button type="button" onClick={() => reveal(f)} className="min-w-0 flex-1 text-left">
                  <span className="mr-2 font-mono text-xs text-slate-500">{f.code}</span>
                  <span className="text-slate-800">{f.message}</span>
                </button>
                {f.fix ? (
                  <button type="button" onClick={() => fix(f)} disabled={readOnly} className="flex shrink-0 items-center gap-1 rounded border border-slate-300 px-1.5 py-0.5 text-xs text-slate-700 hover:bg-white disabled:cursor-not-allowed disabled:text-slate-500"
                    title={reason ?? f.fix.label}>
                    <Wrench size={12} aria-hidden /> Fix
                  </button>
                ) : null}
              </li>
            ))
          )}
        </ul>
      ) : null}
    </section>
  );
}

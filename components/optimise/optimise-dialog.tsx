"use client";

import { useMemo, useState, type FormEvent } from "react";
import { Dialog } from "@/components/ui/dialog";
import { formatUsd } from "@/components/designer/format";
import { OptimiserCancelledError, runOptimiser, type OptimiserRun } from "@/lib/client/optimise/run-optimiser";
import { useEditor, useEditorStore } from "@/lib/client/editor/context";
import { designMetrics, requirementsOf, withPlacement, type OptimiseResult, type OptimiseSpecInput } from "@/lib/domain/optimise";
import { PROVIDER_LABELS, PROVIDERS, type Provider } from "@/lib/domain/schema";

const input = "h-8 w-full rounded-md border border-slate-300 bg-white px-2 text-sm";
const OBJECTIVES = [
  { value: "cost", label: "Lowest monthly cost" },
  { value: "latency", label: "Lowest round trip between validators" },
  { value: "carbon", label: "Lowest carbon" },
] as const;

/**
 * The optimiser on the design being edited: requirements start from what the design guarantees today; the answer is
 * shown against the design, with the trade-off and why each region was chosen, and applied as one undoable edit.
 */
export function OptimiseDialog({ open, onOpenChange, readOnly }: { open: boolean; onOpenChange(open: boolean): void; readOnly: boolean }) {
  const doc = useEditor((s) => s.doc);
  const store = useEditorStore();
  const base = useMemo(() => requirementsOf(doc), [doc]);
  const range = base.validators as { min: number; max: number };
  const [objective, setObjective] = useState<(typeof OBJECTIVES)[number]["value"]>("cost");
  const [minValidators, setMinValidators] = useState(String(range.min));
  const [maxValidators, setMaxValidators] = useState(String(range.max));
  const [regionsLost, setRegionsLost] = useState(String(base.tolerate?.regions ?? 0));
  const [cloudLost, setCloudLost] = useState(base.tolerate?.provider ?? false);
  const [clouds, setClouds] = useState<Provider[]>(base.providers ?? [...PROVIDERS]);
  const [maxRtt, setMaxRtt] = useState("");
  const [budget, setBudget] = useState(base.budgetUsdMonth === undefined ? "" : String(base.budgetUsdMonth));
  const [run, setRun] = useState<OptimiserRun | null>(null);
  const [answer, setAnswer] = useState<OptimiseResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = useMemo(() => designMetrics(doc), [doc]);

  function spec(): OptimiseSpecInput {
    return {
      ...base,
      objective,
      validators: { min: Number(minValidators), max: Number(maxValidators) },
      tolerate: { regions: Number(regionsLost), provider: cloudLost },
      providers: clouds,
      ...(maxRtt.trim() ? { maxRttMs: Number(maxRtt) } : {}),
      ...(budget.trim() ? { budgetUsdMonth: Number(budget) } : { budgetUsdMonth: undefined }),
    };
  }

  function solve(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setAnswer(null);
    const started = runOptimiser(spec());
    setRun(started);
    started.result.then(
      (result) => {
        setAnswer(result);
        setRun(null);
      },
      (failure: unknown) => {
        setRun(null);
        if (!(failure instanceof OptimiserCancelledError)) setError(failure instanceof Error ? failure.message : String(failure));
      },
    );
  }

  function apply() {
    if (!answer?.design) return;
    const placed = withPlacement(doc, answer.design);
    // One edit, so Ctrl+Z brings the design back whole.
    store.getState().edit("Optimised placement", (draft) => void Object.assign(draft, placed));
    onOpenChange(false);
  }

  const toggleCloud = (p: Provider) => setClouds((cs) => (cs.includes(p) ? cs.filter((c) => c !== p) : [...cs, p]));

  return (
    <Dialog open={open} onOpenChange={(next) => { if (!next) run?.cancel(); onOpenChange(next); }} wide title="Optimise the placement"
      description="The best placement of validators for these requirements, proven optimal by a MILP solver (HiGHS), compared with the design as it is.">
      <form onSubmit={solve} className="grid grid-cols-4 gap-3 text-sm" aria-label="Requirements">
        <label className="col-span-2 flex flex-col gap-1 text-xs text-slate-600">
          Objective
          <select className={input} value={objective} onChange={(e) => setObjective(e.target.value as typeof objective)}>
            {OBJECTIVES.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-xs text-slate-600">
          Validators, at least
          <input className={input} inputMode="numeric" value={minValidators} onChange={(e) => setMinValidators(e.target.value)} />
        </label>
        <label className="flex flex-col gap-1 text-xs text-slate-600">
          at most
          <input className={input} inputMode="numeric" value={maxValidators} onChange={(e) => setMaxValidators(e.target.value)} />
        </label>
        <label className="col-span-2 flex flex-col gap-1 text-xs text-slate-600">
          Survive losing any
          <select className={input} value={regionsLost} onChange={(e) => setRegionsLost(e.target.value)}>
            <option value="0">no region</option>
            <option value="1">1 region</option>
            <option value="2">2 regions at once</option>
          </select>
        </label>
        <label className="col-span-2 flex items-center gap-2 self-end pb-1.5 text-sm">
          <input type="checkbox" checked={cloudLost} onChange={(e) => setCloudLost(e.target.checked)} /> and any one whole cloud
        </label>
        <fieldset className="col-span-2 flex flex-col gap-1 text-xs text-slate-600">
          <legend>Clouds</legend>
          <div className="flex gap-3 text-sm text-slate-800">
            {PROVIDERS.map((p) => (
              <label key={p} className="flex items-center gap-1.5"><input type="checkbox" checked={clouds.includes(p)} onChange={() => toggleCloud(p)} /> {PROVIDER_LABELS[p]}</label>
            ))}
          </div>
        </fieldset>
        <label className="flex flex-col gap-1 text-xs text-slate-600">
          Round trip at most (ms)
          <input className={input} inputMode="numeric" placeholder="any" value={maxRtt} onChange={(e) => setMaxRtt(e.target.value)} />
        </label>
        <label className="flex flex-col gap-1 text-xs text-slate-600">
          Budget ($/month)
          <input className={input} inputMode="numeric" placeholder="none" value={budget} onChange={(e) => setBudget(e.target.value)} />
        </label>
        <p className="col-span-4 text-xs text-slate-600">
          Compliance packs kept: {base.packs && base.packs.length > 0 ? base.packs.join(", ").toUpperCase() : "none"}. Client and consensus stay as they are.
        </p>
        <div className="col-span-4 flex items-center gap-2">
          <button type="submit" disabled={run !== null || clouds.length === 0}
            className="h-8 rounded-md bg-blue-700 px-3 text-sm font-medium text-white hover:bg-blue-800 disabled:bg-blue-300">
            {run ? "Solving…" : "Find the best placement"}
          </button>
          {run ? <button type="button" className="h-8 rounded-md px-2 hover:bg-slate-100" onClick={() => run.cancel()}>Stop</button> : null}
        </div>
      </form>
      {error ? <p role="alert" className="mt-3 text-sm text-sev-error">{error}</p> : null}
      {answer ? <OptimiseAnswer answer={answer} currentCostUsd={current.costUsdMonth} currentRttMs={current.maxRttMs} onApply={readOnly ? undefined : apply} /> : null}
    </Dialog>
  );
}

function OptimiseAnswer({ answer, currentCostUsd, currentRttMs, onApply }: {
  answer: OptimiseResult; currentCostUsd: number; currentRttMs: number; onApply?: () => void;
}) {
  const { metrics, solver } = answer;
  return (
    <div className="mt-4 flex max-h-80 flex-col gap-3 overflow-y-auto border-t border-slate-200 pt-3 text-sm" data-testid="optimise-answer">
      <p className="text-xs text-slate-600">
        {solver.optimal ? "Proven optimal" : solver.status === "infeasible" ? "No placement meets these requirements" : `Best found, not proven optimal (gap ${solver.gapPercent}%)`}
        {" · "}{solver.solves} solves in {solver.seconds.toFixed(2)} s
      </p>
      {!answer.feasible || !metrics ? (
        <ul className="list-disc pl-5 text-sev-error">{answer.explanation.map((line) => <li key={line}>{line}</li>)}</ul>
      ) : (
        <>
          <dl className="grid grid-cols-3 gap-2">
            <div><dt className="text-xs text-slate-500">Monthly cost</dt><dd><strong className="font-semibold">{formatUsd(metrics.costUsdMonth)}</strong> <span className="text-xs text-slate-600">now {formatUsd(currentCostUsd)}</span></dd></div>
            <div><dt className="text-xs text-slate-500">Largest round trip</dt><dd><strong className="font-semibold">{Math.round(metrics.maxRttMs)} ms</strong> <span className="text-xs text-slate-600">now {Math.round(currentRttMs)} ms</span></dd></div>
            <div><dt className="text-xs text-slate-500">Validators</dt><dd><strong className="font-semibold">{metrics.tolerance.validators}</strong>, quorum {metrics.tolerance.quorum}, survives {metrics.tolerance.regions} region{metrics.tolerance.regions === 1 ? "" : "s"}{metrics.tolerance.provider ? " and any cloud" : ""}</dd></div>
          </dl>
          {answer.pareto.length > 1 ? (
            <table className="w-full text-xs">
              <caption className="mb-1 text-left font-semibold text-slate-700">The trade-off: cheaper or closer</caption>
              <thead className="text-left text-slate-500"><tr><th scope="col" className="font-normal">$/month</th><th scope="col" className="font-normal">largest round trip</th><th scope="col" className="font-normal">regions</th></tr></thead>
              <tbody>
                {answer.pareto.map((p) => (
                  <tr key={`${p.costUsdMonth}-${p.maxRttMs}`}><td>{formatUsd(p.costUsdMonth)}</td><td>{Math.round(p.maxRttMs)} ms</td><td className="truncate">{p.regions.join(", ")}</td></tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <div>
            <p className="text-xs font-semibold text-slate-700">Why these regions</p>
            <ul className="list-disc pl-5 text-xs text-slate-700">{answer.explanation.map((line) => <li key={line}>{line}</li>)}</ul>
          </div>
          {onApply ? (
            <button type="button" onClick={onApply} className="h-8 self-start rounded-md bg-blue-700 px-3 text-sm font-medium text-white hover:bg-blue-800">
              Apply to the design (undo with Ctrl+Z)
            </button>
          ) : null}
        </>
      )}
    </div>
  );
}

"use client";

import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from "react";
import type { SimulationClient } from "@/lib/client/simulation/simulation-client";
import { SimulationCancelledError } from "@/lib/client/simulation/simulation-client";
import { crashTolerance } from "@/lib/domain/consensus";
import { validatorsPerRegion } from "@/lib/domain/consensus/failure-domains";
import type { TopologyDocument } from "@/lib/domain/schema";
import { formatDurationMs, MAX_DRILL_HORIZON_MS, type DrillResult, type DrillSpec } from "@/lib/domain/simulation";
import { drillChoices, regionsDownAt } from "./drill-choices";
import { DrillTimelineChart } from "./drill-timeline-chart";

const input = "h-8 w-full rounded-md border border-slate-300 bg-white px-2 text-sm";

interface Props {
  doc: TopologyDocument;
  client: SimulationClient | undefined;
  /** The regions the canvas should grey at the moment shown, or null when the drill shows nothing. */
  onRegionsDown(regionIds: Set<string> | null): void;
  /** Extra actions for a played drill (save with the version). */
  actions?: (drill: DrillResult) => ReactNode;
  /** A saved drill to play (again) as soon as it is given; a new `key` plays it again. */
  replay?: { key: string; spec: DrillSpec; seed: number };
}

/** Pick a failure and a moment, play it, and read the chain's timeline; a cursor greys what is down on the canvas. */
export function DrillPanel({ doc, client, onRegionsDown, actions, replay }: Props) {
  const validators = useMemo(() => validatorsPerRegion(doc).reduce((a, b) => a + b, 0), [doc]);
  const choices = useMemo(() => drillChoices(doc, crashTolerance(doc.network.consensus, validators) + 1), [doc, validators]);
  const [choice, setChoice] = useState("");
  const [atSeconds, setAtSeconds] = useState("60");
  const [recoverAfterSeconds, setRecoverAfterSeconds] = useState("120");
  const [durationSeconds, setDurationSeconds] = useState("300");
  const [running, setRunning] = useState<{ cancel(): void } | null>(null);
  const [result, setResult] = useState<DrillResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [cursorMs, setCursorMs] = useState(0);

  const options = choices.flatMap((g) => g.options);
  const selected = options.find((o) => o.value === choice) ?? options[0];

  function show(drill: DrillResult | null, atMs: number) {
    setCursorMs(atMs);
    onRegionsDown(drill ? regionsDownAt(drill.spec, drill.failure.regionIds, atMs) : null);
  }

  function specFromForm(): DrillSpec | string {
    if (!selected) return "Add a region with validators first.";
    const atMs = Number(atSeconds) * 1000;
    const horizonMs = Number(durationSeconds) * 1000;
    const recover = recoverAfterSeconds.trim() === "" ? undefined : Number(recoverAfterSeconds) * 1000;
    if (!Number.isFinite(horizonMs) || horizonMs <= 0 || horizonMs > MAX_DRILL_HORIZON_MS) return `The drill lasts more than 0 s and at most ${MAX_DRILL_HORIZON_MS / 1000} s.`;
    if (!Number.isFinite(atMs) || atMs < 0 || atMs >= horizonMs) return "The failure must come within the drill.";
    if (recover !== undefined && (!Number.isFinite(recover) || recover <= 0)) return "The recovery comes more than 0 s after the failure, or leave it empty.";
    return { failure: selected.failure, atMs, horizonMs, ...(recover !== undefined ? { recoverAtMs: atMs + recover } : {}) };
  }

  function play(event: FormEvent) {
    event.preventDefault();
    const spec = specFromForm();
    if (typeof spec === "string") return setError(spec);
    run(spec);
  }

  function run(spec: DrillSpec, seed?: number) {
    if (!client) return;
    setError(null);
    running?.cancel();
    const started = client.run({ kind: "drill", doc, drill: spec, ...(seed !== undefined ? { options: { seed } } : {}) });
    setRunning(started);
    started.result.then(
      (drill) => {
        setResult(drill);
        show(drill, spec.atMs);
        setRunning(null);
      },
      (failure: unknown) => {
        setRunning(null);
        if (!(failure instanceof SimulationCancelledError)) setError(failure instanceof Error ? failure.message : String(failure));
      },
    );
  }

  // A saved drill: show its settings in the form and play it with its own seed, once per key.
  const replayed = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!replay || !client || replayed.current === replay.key) return;
    replayed.current = replay.key;
    const { spec } = replay;
    const value = options.find((o) => JSON.stringify(o.failure) === JSON.stringify(spec.failure))?.value;
    if (value) setChoice(value);
    setAtSeconds(String(spec.atMs / 1000));
    setRecoverAfterSeconds(spec.recoverAtMs === undefined ? "" : String((spec.recoverAtMs - spec.atMs) / 1000));
    setDurationSeconds(String(spec.horizonMs / 1000));
    run(spec, replay.seed);
  }); // eslint-disable-line react-hooks/exhaustive-deps

  function clear() {
    setResult(null);
    show(null, 0);
  }

  return (
    <div className="flex flex-col gap-3 text-sm">
      <form className="grid grid-cols-3 gap-2" onSubmit={play} aria-label="Outage drill">
        <label className="col-span-3 flex flex-col gap-1 text-xs text-slate-600">
          Failure
          <select className={input} value={selected?.value ?? ""} onChange={(e) => setChoice(e.target.value)}>
            {choices.map((g) => (
              <optgroup key={g.label} label={g.label}>
                {g.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </optgroup>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-xs text-slate-600">
          At (s)
          <input className={input} inputMode="numeric" value={atSeconds} onChange={(e) => setAtSeconds(e.target.value)} />
        </label>
        <label className="flex flex-col gap-1 text-xs text-slate-600">
          Back after (s)
          <input className={input} inputMode="numeric" placeholder="never" value={recoverAfterSeconds} onChange={(e) => setRecoverAfterSeconds(e.target.value)} />
        </label>
        <label className="flex flex-col gap-1 text-xs text-slate-600">
          Play for (s)
          <input className={input} inputMode="numeric" value={durationSeconds} onChange={(e) => setDurationSeconds(e.target.value)} />
        </label>
        <div className="col-span-3 flex items-center gap-2">
          <button type="submit" disabled={!client || !selected || running !== null}
            className="h-8 rounded-md bg-blue-700 px-3 text-sm font-medium text-white hover:bg-blue-800 disabled:bg-blue-300">
            {running ? "Playing…" : "Play drill"}
          </button>
          {running ? <button type="button" className="h-8 rounded-md px-2 text-slate-700 hover:bg-slate-100" onClick={() => running.cancel()}>Cancel</button> : null}
          {result && !running ? <button type="button" className="h-8 rounded-md px-2 text-slate-700 hover:bg-slate-100" onClick={clear}>Clear</button> : null}
        </div>
      </form>
      {error ? <p role="alert" className="text-xs text-sev-error">{error}</p> : null}
      {result ? <DrillOutcome drill={result} cursorMs={cursorMs} onCursor={(ms) => show(result, ms)} actions={actions?.(result)} /> : null}
    </div>
  );
}

function DrillOutcome({ drill, cursorMs, onCursor, actions }: { drill: DrillResult; cursorMs: number; onCursor(ms: number): void; actions?: ReactNode }) {
  const turningPoints = drill.events.filter((e) => e.kind !== "block");
  return (
    <div className="flex flex-col gap-2" data-testid="drill-result">
      <p className={drill.summary.stalled ? "font-medium text-sev-error" : "font-medium text-ok"}>{drill.summary.summary}</p>
      <DrillTimelineChart drill={drill} cursorMs={cursorMs} />
      <label className="flex items-center gap-2 text-xs text-slate-600">
        <span className="whitespace-nowrap">Canvas at {formatDurationMs(cursorMs)}</span>
        <input type="range" className="flex-1" min={0} max={drill.spec.horizonMs} step={1000} value={cursorMs}
          onChange={(e) => onCursor(Number(e.target.value))} aria-label="Moment the canvas shows" />
      </label>
      <ol className="max-h-48 overflow-y-auto text-xs" aria-label="Turning points">
        {turningPoints.map((e, i) => (
          <li key={`${e.atMs}-${i}`}>
            <button type="button" className="w-full rounded px-1 py-0.5 text-left hover:bg-slate-100" onClick={() => onCursor(e.atMs)}>
              <span className="mr-2 tabular-nums text-slate-600">{formatDurationMs(e.atMs)}</span>{e.label}
            </button>
          </li>
        ))}
      </ol>
      <p className="text-xs text-slate-500">{drill.summary.blocksProduced} blocks; seed {drill.seed}.</p>
      {actions}
    </div>
  );
}

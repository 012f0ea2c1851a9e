"use client";

import { formatDurationMs, type TimingResult } from "@/lib/domain/simulation";

const percent = (share: number) => `${+(share * 100).toPrecision(3)}%`;

/** How fast blocks are final across the design's regions, from the timing simulation. */
export function TimingSummary({ timing, requestTimeoutMs }: { timing: TimingResult; requestTimeoutMs: number }) {
  if (!timing.producesBlocks) {
    return <p className="text-sm font-medium text-sev-error" data-testid="timing-halted">No blocks: {timing.reason}</p>;
  }
  const roundChanges = timing.roundChangeProbability === null
    ? "none (no rounds in this consensus)"
    : timing.roundChangeProbability === 0 && timing.roundChangeProbabilityUpperBound !== null
      ? `none seen (at most ${percent(timing.roundChangeProbabilityUpperBound)})`
      : `${percent(timing.roundChangeProbability)} of rounds`;
  return (
    <div className="flex flex-col gap-2 text-sm">
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1" data-testid="timing-summary">
        <dt className="text-slate-500">Proposal to commit</dt>
        <dd><strong className="font-semibold">{formatDurationMs(timing.commitMs.p50)}</strong> median · {formatDurationMs(timing.commitMs.p95)} p95</dd>
        <dt className="text-slate-500">Block interval</dt>
        <dd>{formatDurationMs(timing.blockIntervalMs.p50)} median · {formatDurationMs(timing.blockIntervalMs.p95)} p95</dd>
        <dt className="text-slate-500" title={`Rounds not complete within the ${formatDurationMs(requestTimeoutMs)} request timeout`}>Round changes</dt>
        <dd>{roundChanges}</dd>
        <dt className="text-slate-500">Throughput</dt>
        <dd>
          ~{Math.round(timing.throughput.transfersPerSecond).toLocaleString("en-US")} transfers/s, limited by{" "}
          {timing.throughput.limitedBy === "block-period" ? "the block period" : "consensus latency"}
        </dd>
      </dl>
      <table className="w-full text-xs">
        <caption className="sr-only">Proposal to commit by the proposer&apos;s region</caption>
        <thead className="text-left text-slate-500">
          <tr><th scope="col" className="font-normal">Proposer in</th><th scope="col" className="font-normal">median</th><th scope="col" className="font-normal">p95</th></tr>
        </thead>
        <tbody>
          {timing.perProposerRegion.map((r) => (
            <tr key={r.regionId}>
              <td className="max-w-36 truncate pr-2" title={r.regionId}>{r.regionId}</td>
              <td>{r.commitMs ? formatDurationMs(r.commitMs.p50) : "—"}</td>
              <td>{r.commitMs ? formatDurationMs(r.commitMs.p95) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-xs text-slate-500">
        {timing.roundsSimulated.toLocaleString("en-US")} rounds, seed {timing.seed}; validator pairs {timing.latencySources.measured} measured,{" "}
        {timing.latencySources.estimated} estimated. Network time only.
      </p>
    </div>
  );
}

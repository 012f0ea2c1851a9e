// runDrill: block production before, during and after a failure, from a seeded random stream.

import { CONSENSUS_LABELS } from "../../consensus/quorum";
import type { TopologyDocument } from "../../schema";
import { buildSimulationNetwork, RAFT_BLOCK_TIME_MS } from "../network";
import { createRandom, normalizeSeed } from "../random";
import { ROTATION_STREAM, rotationOrder } from "../timing/rotation";
import { drillAssumptions } from "./assumptions";
import { runBftDrill } from "./bft";
import { runCliqueDrill } from "./clique";
import { seconds, type DrillContext } from "./context";
import { DrillError, resolveFailure } from "./failure";
import { RAFT_ELECTION_TIMEOUT_MS, runRaftDrill } from "./raft";
import { buildSeries, seriesStepMs } from "./series";
import { summarizeDrill } from "./summary";
import { DrillTimeline } from "./timeline";
import type { DrillEvent, DrillOptions, DrillResult, DrillSpec } from "./types";

export const DEFAULT_DRILL_SEED = 1;
/** Drills are played to at most a day. */
export const MAX_DRILL_HORIZON_MS = 24 * 3_600_000;
const ENGINE_STREAM = 0x44524c; // the engine's draws, apart from the rotation's

const EVENT_ORDER: Record<DrillEvent["kind"], number> = { failure: 0, recovery: 0, stalled: 1, "round-change": 2, "leader-elected": 2, block: 3, resumed: 4 };

export function runDrill(doc: TopologyDocument, drill: DrillSpec, options: DrillOptions = {}): DrillResult {
  checkSpec(drill);
  const network = buildSimulationNetwork(doc);
  const n = network.validators.length;
  if (n === 0) throw new DrillError("The design has no validators: there is no chain to drill.");
  const seed = normalizeSeed(options.seed ?? DEFAULT_DRILL_SEED);
  const random = createRandom(seed);
  const rotation = rotationOrder(n, random.fork(ROTATION_STREAM));
  const dueFrom = (position: number) => (count: number) => Array.from({ length: count }, (_, k) => rotation[(position + k) % n]!);
  resolveFailure(network, doc.links, drill.failure, dueFrom(0)); // refuses a failure that names nothing, before any work
  const timeline = new DrillTimeline(network, drill, (position) => resolveFailure(network, doc.links, drill.failure, dueFrom(position)));

  const ctx: DrillContext = { network, timeline, rotation, random: random.fork(ENGINE_STREAM), horizonMs: drill.horizonMs, events: [], blocksMs: [] };
  if (network.consensus === "raft") runRaftDrill(ctx);
  else if (network.consensus === "clique") runCliqueDrill(ctx);
  else runBftDrill(ctx);

  const failure = timeline.failure;
  const during = timeline.phaseAt(drill.atMs);
  const events = ctx.events;
  events.push({ atMs: drill.atMs, kind: "failure", label: `Failure of ${failure.label}: ${failure.validatorsDown} of ${n} validators down, ${during.connected} can exchange messages` });
  if (drill.recoverAtMs !== undefined && drill.recoverAtMs <= drill.horizonMs) {
    events.push({ atMs: drill.recoverAtMs, kind: "recovery", label: `Recovery of ${failure.label}` });
  }
  const stallStartMs = network.consensus === "clique" ? ctx.stallStartMs : during.canProduce ? undefined : drill.atMs;
  if (stallStartMs !== undefined && network.consensus !== "clique") {
    events.push({ atMs: stallStartMs, kind: "stalled", label: `Quorum lost: ${during.connected} of ${n} validators can exchange messages, ${CONSENSUS_LABELS[network.consensus]} needs ${network.quorum}` });
  }
  const resumedAtMs = stallStartMs === undefined ? undefined : ctx.blocksMs.find((b) => b > stallStartMs);
  if (stallStartMs !== undefined && resumedAtMs !== undefined) {
    events.push({ atMs: resumedAtMs, kind: "resumed", label: `Blocks resume after ${seconds(resumedAtMs - stallStartMs)} without any` });
  }
  events.sort((a, b) => a.atMs - b.atMs || EVENT_ORDER[a.kind] - EVENT_ORDER[b.kind]);

  const normalGapMs = network.consensus === "raft" ? RAFT_ELECTION_TIMEOUT_MS
    : network.consensus === "clique" ? 2 * network.blockPeriodMs
    : network.blockPeriodMs + network.requestTimeoutMs;
  return {
    consensus: network.consensus,
    validators: n,
    quorum: network.quorum,
    seed,
    spec: drill,
    failure: { label: failure.label, validatorsDown: failure.validatorsDown, regionIds: failure.regionIds },
    events,
    series: buildSeries(timeline, ctx.blocksMs, network.quorum, drill.horizonMs, normalGapMs),
    seriesStepMs: seriesStepMs(drill.horizonMs),
    summary: summarizeDrill({
      consensus: network.consensus, spec: drill, failureLabel: failure.label, validators: n, validatorsDown: failure.validatorsDown,
      connectedDuringFailure: during.connected, quorum: network.quorum, blocksMs: ctx.blocksMs, events, stallStartMs,
    }),
    assumptions: drillAssumptions(network.consensus, seed, RAFT_BLOCK_TIME_MS),
  };
}

function checkSpec(drill: DrillSpec): void {
  const { atMs, recoverAtMs, horizonMs } = drill;
  if (!(Number.isFinite(horizonMs) && horizonMs > 0 && horizonMs <= MAX_DRILL_HORIZON_MS)) {
    throw new DrillError(`A drill lasts more than 0 and at most 24 h; ${horizonMs} ms is not that.`);
  }
  if (!(Number.isFinite(atMs) && atMs >= 0 && atMs < horizonMs)) throw new DrillError(`The failure must come within the drill (0 to ${seconds(horizonMs)}), not at ${atMs} ms.`);
  if (recoverAtMs !== undefined && !(Number.isFinite(recoverAtMs) && recoverAtMs > atMs)) throw new DrillError(`The recovery must come after the failure (${seconds(atMs)}).`);
}

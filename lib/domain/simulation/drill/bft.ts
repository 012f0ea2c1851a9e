// QBFT / IBFT 2.0 / Istanbul on a timeline. Each height starts when the block period after its parent has
// passed; round 0's proposer proposes then. A round that does not commit within its timeout ends on every
// validator's own timer, which then multicasts ROUND-CHANGE for the next round; that round's proposer
// proposes once it holds a quorum of them, and validators behind jump to a round as soon as they hold a
// quorum of ROUND-CHANGEs for it (Besu's QbftBlockHeightManager / RoundChangeManager). A validator that
// crashed restarts in round 0 when it recovers; one only cut off by a link keeps its timers.

import { ArrivalList } from "../timing/order-statistic";
import { playBftRound } from "../timing/bft-round";
import { roundTimeoutMs, timeBetweenRoundsMs } from "../timing/round-timeout";
import { regionIdOf, seconds, type DrillContext } from "./context";

/** Rounds tried per height before the drill gives up on it (timeouts have long passed any horizon by then). */
const MAX_ROUNDS = 64;

interface HeightOutcome {
  readonly committedMs: number;
  readonly round: number;
  readonly proposer: number;
  /** When the next height starts (its round 0 proposal). */
  readonly nextStartMs: number;
}

export function runBftDrill(ctx: DrillContext): void {
  const { timeline, rotation } = ctx;
  const n = rotation.length;
  let startMs = 0;
  let position = 0;
  for (let height = 1; startMs < ctx.horizonMs; height++) {
    timeline.currentPosition = position;
    const outcome = playHeight(ctx, height, startMs, position);
    if (!outcome) return;
    ctx.blocksMs.push(outcome.committedMs);
    ctx.events.push({
      atMs: outcome.committedMs, kind: "block", height, round: outcome.round, proposerRegionId: regionIdOf(ctx, outcome.proposer),
      label: `Block ${height} committed${outcome.round > 0 ? ` in round ${outcome.round}` : ""}, proposed in '${regionIdOf(ctx, outcome.proposer)}'`,
    });
    startMs = outcome.nextStartMs;
    position = (rotation.indexOf(outcome.proposer) + 1) % n;
  }
}

function playHeight(ctx: DrillContext, height: number, startMs: number, basePosition: number): HeightOutcome | undefined {
  const { network, timeline, rotation } = ctx;
  const n = rotation.length;
  const q = network.quorum;
  const between = (from: number, to: number) => timeBetweenRoundsMs(network.consensus, from, to, network.requestTimeoutMs);
  const timeout = (round: number) => roundTimeoutMs(network.consensus, round, network.requestTimeoutMs);
  const region = (v: number) => network.validators[v]!.regionIndex;

  // Each validator's round timer: entered round schedRound[v] at schedAt[v].
  const schedRound = new Int32Array(n);
  const schedAt = new Float64Array(n);
  for (let v = 0; v < n; v++) schedAt[v] = timeline.upAgainAtMs(v, startMs);
  const enter = (v: number, round: number) => timeline.timerEntryMs(v, schedRound[v]!, schedAt[v]!, round, between);

  const sendMs = new Float64Array(n);
  const list = new ArrivalList(n);
  /** When validator `to` holds a quorum of ROUND-CHANGE(round) messages it may still use; Infinity if never. */
  const roundChangeQuorum = (to: number, deadlineMs: number) => {
    list.clear();
    for (let v = 0; v < n; v++) {
      const sent = sendMs[v]!;
      if (!Number.isFinite(sent)) continue;
      const arrival = v === to ? sent : sent + timeline.phaseAt(sent).field.pathMs(region(v), region(to));
      if (arrival < deadlineMs && timeline.isUp(to, arrival)) list.push(arrival, 1);
    }
    return list.quorumArrival(q);
  };

  for (let round = 0; round < MAX_ROUNDS; round++) {
    const proposer = rotation[(basePosition + round) % n]!;
    let proposalMs = Infinity;
    let deadlineMs = Infinity;
    const jumpMs = new Float64Array(n).fill(Infinity);
    if (round === 0) {
      const at = enter(proposer, 0);
      if (Number.isFinite(at) && timeline.isUp(proposer, at)) proposalMs = at;
      deadlineMs = proposalMs + timeout(0);
    } else {
      // ROUND-CHANGE(round): every validator sends it on entering the round by its timer, over the paths of that moment.
      for (let v = 0; v < n; v++) {
        const at = enter(v, round);
        sendMs[v] = Number.isFinite(at) && timeline.isUp(v, at) ? at : Infinity;
      }
      drawWave(ctx, sendMs, round);
      for (let v = 0; v < n; v++) jumpMs[v] = roundChangeQuorum(v, enter(v, round + 1));
      proposalMs = jumpMs[proposer]!;
      if (Number.isFinite(proposalMs) && !timeline.isUp(proposer, proposalMs)) proposalMs = Infinity;
      deadlineMs = Math.min(enter(proposer, round), proposalMs) + timeout(round);
    }

    if (Number.isFinite(proposalMs) && proposalMs < ctx.horizonMs) {
      const committed = playProposal(ctx, proposer, round, proposalMs, enter);
      if (committed && proposalMs + committed.commitMs <= deadlineMs) {
        const next = rotation[(rotation.indexOf(proposer) + 1) % n]!;
        const nextImportMs = committed.importedAt(next);
        const committedMs = proposalMs + committed.commitMs;
        if (committedMs > ctx.horizonMs) return undefined;
        return {
          committedMs, round, proposer,
          nextStartMs: proposalMs + Math.max(network.blockPeriodMs, Number.isFinite(nextImportMs) ? nextImportMs : committed.commitMs),
        };
      }
    }

    // The round failed. Validators behind that already hold a quorum of ROUND-CHANGE(round) jump to it.
    for (let v = 0; v < n; v++) {
      const jump = jumpMs[v]!;
      if (Number.isFinite(jump) && jump < enter(v, round) && timeline.isUp(v, jump)) {
        schedRound[v] = round;
        schedAt[v] = jump;
      }
    }
    let roundStartMs = Infinity;
    let nextRoundMs = Infinity;
    for (let v = 0; v < n; v++) {
      roundStartMs = Math.min(roundStartMs, enter(v, round));
      nextRoundMs = Math.min(nextRoundMs, enter(v, round + 1));
    }
    if (!(nextRoundMs < ctx.horizonMs)) return undefined;
    const nextProposer = rotation[(basePosition + round + 1) % n]!;
    ctx.events.push({
      atMs: nextRoundMs, kind: "round-change", height, round: round + 1, proposerRegionId: regionIdOf(ctx, nextProposer),
      label: `Round ${round} of block ${height} timed out (${whyRoundFailed(ctx, proposer, roundStartMs, proposalMs)}); round ${round + 1} (timeout ${seconds(timeout(round + 1))}) falls to the proposer in '${regionIdOf(ctx, nextProposer)}'`,
    });
  }
  return undefined;
}

/** Draw this wave's delays once in each phase a sender sends in. */
function drawWave(ctx: DrillContext, sendMs: Float64Array, wave: number): void {
  for (const sent of sendMs) {
    if (!Number.isFinite(sent)) continue;
    const phase = ctx.timeline.phaseAt(sent);
    if (phase.drawnFor !== wave) {
      phase.field.drawAll(ctx.random);
      phase.drawnFor = wave;
    }
  }
}

/**
 * Plays the proposal of `round` sent at `proposalMs` among the validators up then and not yet past the round.
 * A round in flight when a phase changes is played as if the change applied from its start.
 */
function playProposal(
  ctx: DrillContext,
  proposer: number,
  round: number,
  proposalMs: number,
  enter: (v: number, round: number) => number,
): { commitMs: number; importedAt: (v: number) => number } | undefined {
  const { network, timeline } = ctx;
  const region = (v: number) => network.validators[v]!.regionIndex;
  const play = (atMs: number) => {
    const phase = timeline.phaseAt(atMs);
    const counts = new Float64Array(network.regions.length);
    for (let v = 0; v < network.validators.length; v++) {
      if (timeline.isUp(v, atMs) && (v === proposer || enter(v, round + 1) > proposalMs)) counts[region(v)]! += 1;
    }
    phase.ws.setClasses(counts, region(proposer));
    const commitMs = playBftRound(phase.ws, network.quorum, ctx.random);
    phase.drawnFor = -1;
    const committedAt = Float64Array.from(phase.ws.committedAt);
    const importedAt = (v: number) => {
      const k = phase.ws.classOf(region(v), v === proposer);
      return k < 0 || !timeline.isUp(v, atMs) ? Infinity : committedAt[k]!;
    };
    return { commitMs, importedAt };
  };
  let result = play(proposalMs);
  const boundary = timeline.nextBoundaryAfter(proposalMs);
  if (Number.isFinite(result.commitMs) && proposalMs + result.commitMs > boundary) result = play(boundary);
  return Number.isFinite(result.commitMs) ? result : undefined;
}

function whyRoundFailed(ctx: DrillContext, proposer: number, roundStartMs: number, proposalMs: number): string {
  const where = `'${regionIdOf(ctx, proposer)}'`;
  if (!ctx.timeline.isUp(proposer, roundStartMs)) return `its proposer in ${where} is down`;
  const phase = ctx.timeline.phaseAt(roundStartMs);
  if (!phase.canProduce) return `only ${phase.connected} validators can exchange messages, quorum needs ${ctx.network.quorum}`;
  if (phase.inMainGroup[ctx.network.validators[proposer]!.regionIndex] !== 1) return `its proposer in ${where} is cut off`;
  if (!Number.isFinite(proposalMs)) return `no quorum of ROUND-CHANGE messages reached its proposer in ${where} in time`;
  return "it did not commit within its timeout";
}

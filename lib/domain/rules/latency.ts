// Latency pack: how long a consensus round takes given where the validators are.
//
// Model, per algorithm (q = quorum, RTT to the q-th closest validator of the proposer, itself included,
// since it must hear from that many):
// - QBFT, IBFT 2.0, Istanbul: a round is about three message delays among the quorum (pre-prepare, prepare,
//   commit), ~1.5 x that RTT. Warning above 50% of the block period (blocks come late); error at 75% of the
//   request timeout (rounds start to time out and change, and block time degrades sharply).
// - Raft: the leader appends a block when a majority acknowledges it, one RTT to the majority-th closest
//   peer. Raft has no request timeout here: warning above 50% of the block period, error above it.
// - Clique: no voting round; an in-turn block must reach a majority of signers before out-of-turn signers
//   (who wait only a short random delay) seal competing blocks: half that RTT (one way). Same thresholds
//   as Raft. The worst proposer (or leader, or in-turn signer) is the one that decides.

import { CONSENSUS_LABELS, isBft } from "../consensus";
import type { Consensus } from "../schema";
import { defineRule } from "./define-rule";
import { formatMs, regionName } from "./labels";
import type { Fix, RuleContext } from "./types";
import { regionKeyOf } from "../region-key";

export const WARN_BLOCK_PERIOD_SHARE = 0.5;
export const ERROR_REQUEST_TIMEOUT_SHARE = 0.75;

/** Round time as a multiple of the RTT to the quorum-th closest validator. */
export function roundTripsPerRound(consensus: Consensus): number {
  if (isBft(consensus)) return 1.5;
  return consensus === "raft" ? 1 : 0.5;
}

export interface ConsensusRoundEstimate {
  roundMs: number;
  /** Region of the worst proposer, and of the validator that completes its quorum. */
  proposerRegionId: string;
  quorumRegionId: string;
  rttMs: number;
  /** Whether the decisive RTT was measured or estimated. */
  source: "measured" | "estimated";
}

/**
 * The slowest round over all proposers. Validator regions are folded by cloud region (two document regions
 * in one cloud region are one place), RTTs fetched once per pair into a matrix, then each proposer sorts
 * its row: O(V^2 log V) for V places, no allocation per pair. Undefined when too few validators sit in
 * regions the latency model knows.
 */
export function estimateConsensusRound(ctx: RuleContext, consensus: Consensus, quorum: number): ConsensusRoundEstimate | undefined {
  const places: { regionId: string; validators: number }[] = [];
  const placeOf = new Map<string, number>();
  for (const [regionId, count] of ctx.validatorsByRegion) {
    const region = ctx.regionsById.get(regionId);
    if (!region || !ctx.regionInfo.has(regionId)) continue;
    const key = regionKeyOf(region);
    const known = placeOf.get(key);
    if (known === undefined) {
      placeOf.set(key, places.length);
      places.push({ regionId, validators: count });
    } else places[known]!.validators += count;
  }
  const v = places.length;
  const rtt = new Float64Array(v * v).fill(Number.NaN);
  const measured = new Uint8Array(v * v);
  for (let i = 0; i < v; i++) {
    for (let j = i; j < v; j++) {
      const hit = ctx.rttBetween(places[i]!.regionId, places[j]!.regionId);
      if (!hit) continue;
      rtt[i * v + j] = rtt[j * v + i] = hit.rttMs;
      measured[i * v + j] = measured[j * v + i] = hit.source === "measured" ? 1 : 0;
    }
  }

  let worst: ConsensusRoundEstimate | undefined;
  const order = Array.from({ length: v }, (_, k) => k);
  const perRound = roundTripsPerRound(consensus);
  for (let p = 0; p < v; p++) {
    const row = p * v;
    order.sort((a, b) => (rtt[row + a]! || Infinity) - (rtt[row + b]! || Infinity));
    let reached = 0;
    for (const j of order) {
      const ms = rtt[row + j]!;
      if (Number.isNaN(ms)) break;
      reached += places[j]!.validators;
      if (reached < quorum) continue;
      if (!worst || perRound * ms > worst.roundMs) {
        worst = {
          roundMs: perRound * ms, proposerRegionId: places[p]!.regionId, quorumRegionId: places[j]!.regionId, rttMs: ms,
          source: measured[row + j] ? "measured" : "estimated",
        };
      }
      break;
    }
  }
  return worst;
}

function ordinal(n: number): string {
  const rem100 = n % 100;
  const suffix = rem100 >= 11 && rem100 <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${suffix}`;
}

/** The schema's ceiling for `network.requestTimeoutSeconds`. */
const MAX_REQUEST_TIMEOUT_SECONDS = 600;

/**
 * BFT rounds that near the request timeout: a timeout twice the round (so the round stays under half of it,
 * well below the error threshold). Only the timeout: a block period too short for the round is still warned
 * about, since lengthening it slows the chain and is the user's call.
 */
function requestTimeoutFix(roundMs: number, currentSeconds: number): Fix | undefined {
  const seconds = Math.max(currentSeconds + 1, Math.ceil((2 * roundMs) / 1000));
  if (seconds > MAX_REQUEST_TIMEOUT_SECONDS) return undefined;
  return { label: `Raise the request timeout to ${seconds} s`, patches: [{ op: "replace", path: ["network", "requestTimeoutSeconds"], value: seconds }] };
}

export const consensusRound = defineRule(
  {
    code: "latency.consensus-round", pack: "latency", severity: "warning",
    description: "A consensus round (from the RTTs between validator regions) should take well under the block period and the request timeout.",
    inputs: (doc, ctx) => [doc.network, doc.regions, ctx.validatorsByRegion, ctx.failureDomains.quorum, ctx.rttBetween],
  },
  (doc, ctx, emit) => {
    const { consensus, blockPeriodSeconds, requestTimeoutSeconds } = doc.network;
    const quorum = ctx.failureDomains.quorum;
    if (quorum === 0) return;
    const round = estimateConsensusRound(ctx, consensus, quorum);
    if (!round) return;
    const blockMs = blockPeriodSeconds * 1000;
    const timeoutMs = requestTimeoutSeconds * 1000;
    const errorAtMs = isBft(consensus) ? ERROR_REQUEST_TIMEOUT_SHARE * timeoutMs : blockMs;
    const warnAtMs = WARN_BLOCK_PERIOD_SHARE * blockMs;
    if (round.roundMs <= warnAtMs && round.roundMs < errorAtMs) return;

    const proposer = ctx.regionsById.get(round.proposerRegionId)!;
    const far = ctx.regionsById.get(round.quorumRegionId)!;
    const role = isBft(consensus) ? "proposer" : consensus === "raft" ? "leader" : "signer";
    const step = isBft(consensus) ? "round" : consensus === "raft" ? "commit" : "block propagation";
    const error = round.roundMs >= errorAtMs;
    const limit = error
      ? isBft(consensus)
        ? `approaching the ${requestTimeoutSeconds} s request timeout: rounds will time out and change`
        : `longer than the ${blockPeriodSeconds} s block period`
      : `over half the ${blockPeriodSeconds} s block period`;
    emit({
      target: { kind: "region", id: proposer.id },
      severity: error ? "error" : "warning",
      message: `The slowest ${CONSENSUS_LABELS[consensus]} ${step} takes about ${formatMs(round.roundMs)}, ${limit}: a ${role} in ${regionName(proposer)} needs its ${ordinal(quorum)} closest validator, in ${regionName(far)}, ${formatMs(round.rttMs)} away (${round.source} RTT; ${roundTripsPerRound(consensus)} x RTT per ${step}).`,
      fix: error && isBft(consensus) ? requestTimeoutFix(round.roundMs, requestTimeoutSeconds) : undefined,
    });
  },
);

export const LATENCY_RULES = [consensusRound];

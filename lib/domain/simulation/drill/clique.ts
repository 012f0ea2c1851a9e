// Clique on a timeline. Each block is due a block period after its parent. The in-turn signer seals at once
// if it is up; otherwise the earliest of the other signers allowed to sign (up, with the signers that can
// reach a majority, and not among the last floor(n/2) blocks' signers) seals after its random wait
// (Besu's CliqueBlockScheduler). When every signer left has signed too recently, the chain stalls until a
// signer comes back: with fewer than floor(n/2) + 1 signers up that happens within a few blocks.

import { drawOutOfTurnDelayMs } from "../timing/clique-block";
import { regionIdOf, seconds, type DrillContext } from "./context";

export function runCliqueDrill(ctx: DrillContext): void {
  const { network, timeline, rotation } = ctx;
  const n = rotation.length;
  const recentLimit = Math.floor(n / 2);
  const recent: number[] = [];
  const eligible = (v: number, atMs: number) => {
    const phase = timeline.phaseAt(atMs);
    return timeline.isUp(v, atMs) && phase.inMainGroup[network.validators[v]!.regionIndex] === 1 && !recent.includes(v);
  };
  let dueMs = 0;
  for (let height = 1; dueMs < ctx.horizonMs; height++) {
    timeline.currentPosition = height % n;
    const inTurn = rotation[height % n]!;
    let signer = -1;
    let sealedMs = Infinity;
    if (eligible(inTurn, dueMs)) {
      signer = inTurn;
      sealedMs = dueMs;
    } else {
      for (let k = 1; k < n; k++) {
        const v = rotation[(height + k) % n]!;
        if (!eligible(v, dueMs)) continue;
        const at = dueMs + drawOutOfTurnDelayMs(n, ctx.random);
        if (at < sealedMs) {
          sealedMs = at;
          signer = v;
        }
      }
    }
    if (signer < 0) {
      if (ctx.stallStartMs === undefined) {
        ctx.stallStartMs = dueMs;
        const up = timeline.phaseAt(dueMs).upCount;
        ctx.events.push({
          atMs: dueMs, kind: "stalled",
          label: `No signer may seal block ${height}: the ${up} signers up have all signed one of the last ${recentLimit} blocks (Clique needs ${recentLimit + 1} signers taking turns)`,
        });
      }
      const next = timeline.nextBoundaryAfter(dueMs);
      if (!(next < ctx.horizonMs)) return;
      dueMs = next;
      height--;
      continue;
    }
    if (sealedMs > ctx.horizonMs) return;
    ctx.blocksMs.push(sealedMs);
    ctx.events.push({
      atMs: sealedMs, kind: "block", height, proposerRegionId: regionIdOf(ctx, signer),
      label: signer === inTurn
        ? `Block ${height} sealed in turn in '${regionIdOf(ctx, signer)}'`
        : `Block ${height} sealed out of turn in '${regionIdOf(ctx, signer)}' after ${seconds(sealedMs - dueMs)} (the in-turn signer in '${regionIdOf(ctx, inTurn)}' is not signing)`,
    });
    recent.push(signer);
    if (recent.length > recentLimit) recent.shift();
    dueMs = Math.max(dueMs + network.blockPeriodMs, sealedMs);
  }
}

// Validator set changes, one at a time so the quorum is recomputed after each: every addition before any
// removal, and at each turn the next change that keeps the chain producing (the stated order when several do).
// A vote needs more than half of the current validators to make the same call; Raft needs one member.

import { plural } from "../../../rules/labels";
import { callersNeeded } from "../consensus-api";
import type { PlanContext } from "../context";
import { addressOf, curlCall, raftIdOf } from "../rpc";
import type { StepEffects, ValidatorSlot } from "../types";

export function voteIn(ctx: PlanContext): void {
  changeOneByOne(ctx, ctx.diff.validators.added, "join");
}

export function voteOut(ctx: PlanContext): void {
  changeOneByOne(ctx, ctx.diff.validators.removed, "leave");
}

function changeOneByOne(ctx: PlanContext, slots: readonly ValidatorSlot[], way: "join" | "leave"): void {
  const left = [...slots];
  while (left.length > 0) {
    const before = ctx.sim.current();
    const outcome = (s: ValidatorSlot) => {
      const { during, after } = ctx.sim.preview(effectsOf(s, way));
      return {
        producing: during.producing && after.producing && votersFor(ctx, s).length >= callersNeeded(ctx.api, before.validatorsInSet),
        // A validator that joins without reaching the others adds to the quorum and nothing to the votes.
        reaches: way === "leave" || after.validatorsConnected > before.validatorsConnected,
      };
    };
    const fits = (s: ValidatorSlot) => {
      const o = outcome(s);
      return o.producing && o.reaches;
    };
    // When none fits, the first goes in anyway and the plan records why it cannot.
    const index = Math.max(0, left.findIndex(fits));
    const slot = left.splice(index, 1)[0]!;
    const reaches = outcome(slot).reaches;
    pushVote(ctx, slot, way);
    if (!reaches) {
      ctx.refusals.push({
        what: `step ${ctx.steps.length}: ${ctx.steps.at(-1)!.title}`,
        reason: `${slot.label} would join the set without reaching the other validators: no path joins region '${slot.regionId}' to theirs. Add a link (or a region the paths run through) first.`,
      });
    }
  }
}

const effectsOf = (s: ValidatorSlot, way: "join" | "leave"): StepEffects => (way === "join" ? { join: [s.key] } : { leave: [s.key] });

/** Validators that may make the call, in plan order; the one leaving comes last (a small set needs its vote). */
function votersFor(ctx: PlanContext, slot: ValidatorSlot): ValidatorSlot[] {
  const active = ctx.active();
  return [...active.filter((s) => s.key !== slot.key), ...active.filter((s) => s.key === slot.key)];
}

function pushVote(ctx: PlanContext, slot: ValidatorSlot, way: "join" | "leave"): void {
  const { api } = ctx;
  const before = ctx.sim.current();
  const needed = callersNeeded(api, before.validatorsInSet);
  const voters = votersFor(ctx, slot).slice(0, needed);
  if (voters.length < needed) {
    ctx.refusals.push({ what: `the vote on ${slot.label}`, reason: `It needs ${needed} of the ${before.validatorsInSet} validators to make the call, and only ${voters.length} are running.` });
  }
  const join = way === "join";
  const raft = api.mode === "raft";
  const verb = join ? "in" : "out";

  const call = raft
    ? join ? curlCall(api.promote!, [raftIdOf(slot)]) : curlCall(api.removePeer!, [raftIdOf(slot)])
    : curlCall(api.propose, [addressOf(slot), join]);
  const who = raft
    ? `On one current member (${voters[0]?.nodeName ?? "none running"}), ${join ? `promote the learner ${slot.nodeName} to a voting member` : `remove ${slot.nodeName} from the cluster`}.`
    : `On ${needed} of the ${before.validatorsInSet} current validators (more than half): ${voters.map((v) => v.nodeName).join(", ")}, propose ${join ? "adding" : "removing"} ${slot.nodeName}. Set RPC_URL to each one's endpoint in turn.`;

  ctx.push({
    kind: join ? "vote-in" : "vote-out",
    title: `Vote ${verb} ${slot.label} (${slot.nodeName})`,
    actions: [
      who,
      `Rule: ${api.rule}.`,
      ...(raft ? [] : [`The change lands in a block proposed by one of them; wait until ${api.list.method} ${join ? "lists" : "no longer lists"} ${slot.nodeName}, then have each caller discard its proposal (${api.discard}) so it is not proposed again.`]),
      ...(join ? [] : [`Keep ${slot.nodeName} running until the change has landed; it is stopped in a later step.`]),
      ...(api.caveat ? [api.caveat] : []),
    ],
    commands: raft ? [call] : [call, curlCall(api.discard!, [addressOf(slot)])],
    checks: [
      `${api.list.method} ${join ? "includes" : "no longer includes"} ${raft ? slot.nodeName : addressOf(slot)}, and the set has ${plural(before.validatorsInSet + (join ? 1 : -1), "validator")}.`,
      "eth_blockNumber keeps rising on every validator.",
    ],
    checkCommands: [curlCall(api.list.method, api.list.params), curlCall("eth_blockNumber", [])],
    rollback: join
      ? `Vote it out again (the same call with ${raft ? `${api.removePeer}` : "false"}), from more than half of the validators then in the set.`
      : `Vote it back in (the same call with ${raft ? `${api.propose} then ${api.promote}` : "true"}) while the node still runs.`,
    validators: [slot],
    voters,
    effects: effectsOf(slot, way),
  });
}

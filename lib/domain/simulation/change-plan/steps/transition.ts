// A block-period change as a genesis transition: the entry is written into the running chain's genesis file
// before any node is deployed or restarted (so new nodes start with it), every running node loads it in the
// region-by-region restarts, and the switch is checked once the chain passes the transition block.

import type { PlanContext } from "../context";
import { curlCall } from "../rpc";
import type { BlockPeriodTransition } from "../timing";

export function prepareTransition(ctx: PlanContext, t: BlockPeriodTransition): void {
  const blocksPerHour = Math.floor(3600 / t.fromSeconds);
  ctx.push({
    kind: "genesis-transition",
    title: `Add a block-period transition (${t.fromSeconds} s -> ${t.toSeconds} s) to the running chain's genesis file`,
    actions: [
      `Pick <TRANSITION_BLOCK> far enough ahead that every restart below finishes before it: at ${t.fromSeconds} s per block the chain makes ${blocksPerHour} blocks an hour. A transition block in the past can fork the network.`,
      "Add this to the genesis file's \"config\", leaving everything else in the file as it is:",
      t.snippet,
      "If the file already has transitions for this engine, add the entry to that list in block order.",
      "Nodes deployed below start with this file; every running node loads it in the restarts below.",
    ],
    commands: [],
    checks: ["Every copy of the new genesis file has the same checksum."],
    checkCommands: ["sha256sum genesis.json"],
    rollback: "No node runs the file yet: discard it.",
    validators: [],
    effects: {},
  });
  ctx.sources.push(...t.sources);
}

export function verifyTransition(ctx: PlanContext, t: BlockPeriodTransition): void {
  ctx.push({
    kind: "verify",
    title: `Confirm the new block period after <TRANSITION_BLOCK>`,
    actions: [
      "Every node must be running the new genesis file before <TRANSITION_BLOCK>: a node still on the old one stops following the chain there.",
      `After it, consecutive blocks are at least ${t.toSeconds} s apart (they were ${t.fromSeconds} s).`,
    ],
    commands: [],
    checks: [`The timestamps of two consecutive blocks after <TRANSITION_BLOCK> differ by ${t.toSeconds} s or more, and every node reports the same latest block.`],
    checkCommands: [curlCall("eth_getBlockByNumber", ["latest", false]), curlCall("eth_blockNumber", [])],
    rollback: "A transition that has passed is part of the chain: to go back, add another transition at a later block.",
    validators: [],
    effects: {},
  });
}

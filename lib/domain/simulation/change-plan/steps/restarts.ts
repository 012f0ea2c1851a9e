// Restarts and replacements region by region: a region's non-validator nodes first, then its validators in batches no
// larger than the crash tolerance of the set as it stands, and smaller when the connectivity model says a batch
// would cut the rest below quorum. A region holding more validators than that takes several batches.

import { crashTolerance } from "../../../consensus";
import { listNames, plural, roleCount } from "../../../rules/labels";
import type { NodeGroup } from "../../../schema";
import type { RestartKind } from "../chain-diff";
import type { PlanContext } from "../context";
import { curlCall } from "../rpc";
import { nodeNames, slotsOf } from "../slots";
import type { BlockPeriodTransition } from "../timing";
import type { ValidatorSlot } from "../types";

interface Need {
  kind: RestartKind;
  reasons: string[];
}

function addReason(need: Need, kind: RestartKind, reason: string): void {
  if (kind === "replace") need.kind = "replace";
  if (!need.reasons.includes(reason)) need.reasons.push(reason);
}

interface GroupNeed {
  readonly group: NodeGroup;
  /** Nodes of the group running when the restarts come. */
  count: number;
  readonly need: Need;
}

export function restartRegionByRegion(ctx: PlanContext, transition: BlockPeriodTransition | undefined): void {
  const { from, to, diff } = ctx;
  const validators = new Map<string, Need>();
  const groups = new Map<string, GroupNeed>();
  const needValidator = (key: string, kind: RestartKind, reason: string) => {
    const need = validators.get(key) ?? { kind, reasons: [] };
    validators.set(key, need);
    addReason(need, kind, reason);
  };
  const needGroup = (group: NodeGroup, count: number, kind: RestartKind, reason: string) => {
    const entry = groups.get(group.id) ?? { group, count, need: { kind, reasons: [] } };
    entry.count = Math.max(entry.count, count);
    groups.set(group.id, entry);
    addReason(entry.need, kind, reason);
  };
  const names = nodeNames(from);
  const added = new Set(diff.validators.added.map((s) => s.key));
  const running = ctx.active().filter((s) => !added.has(s.key));
  const regionOf = new Map([...to.regions, ...from.regions].map((r) => [r.id, r]));

  for (const r of diff.nodeGroups.reconfigured) {
    const reason = `${r.fields.join(", ")} changed`;
    if (r.group.role === "validator") for (const s of slotsOf(r.group, 1, r.running, names)) needValidator(s.key, r.kind, reason);
    else needGroup(r.group, r.running, r.kind, reason);
  }
  const everyNode = (kind: RestartKind, reason: string, where: (regionId: string) => boolean) => {
    for (const s of running) if (where(s.regionId)) needValidator(s.key, kind, reason);
    for (const g of from.nodeGroups) if (g.role !== "validator" && where(g.regionId)) needGroup(g, g.count, kind, reason);
  };
  if (transition) everyNode("restart", "load the genesis file with the block-period transition", () => true);
  const encryption = diff.settings.find((s) => s.path === "operations.encryptionAtRest");
  if (encryption) {
    everyNode("replace", `data volumes re-created with encryption at rest ${encryption.after ? "on" : "off"} (AWS volumes cannot switch in place)`, (id) => regionOf.get(id)?.provider === "aws");
  }

  const regionOrder = [...from.regions.map((r) => r.id), ...diff.regions.added];
  for (const regionId of regionOrder) {
    const others = [...groups.values()].filter((g) => g.group.regionId === regionId);
    if (others.length > 0) restartOthers(ctx, regionId, others, transition);
    const slots = running.filter((s) => s.regionId === regionId && validators.has(s.key));
    const split = batches(ctx, slots);
    split.forEach((batch, i) => restartValidators(ctx, regionId, batch, `${i + 1} of ${split.length}`, validators, transition));
  }
}

/** Splits a region's validators into batches that each leave a producing chain while down. */
function batches(ctx: PlanContext, slots: readonly ValidatorSlot[]): ValidatorSlot[][] {
  const out: ValidatorSlot[][] = [];
  let i = 0;
  while (i < slots.length) {
    const tolerance = crashTolerance(ctx.to.network.consensus, ctx.sim.current().validatorsInSet);
    let size = Math.max(1, Math.min(tolerance, slots.length - i));
    const producesWith = (n: number) => ctx.sim.preview({ downDuring: slots.slice(i, i + n).map((s) => s.key) }).during.producing;
    while (size > 1 && !producesWith(size)) size -= 1;
    out.push(slots.slice(i, i + size));
    i += size;
  }
  return out;
}

function howTo(kind: RestartKind, transition: BlockPeriodTransition | undefined): string[] {
  return [
    kind === "replace"
      ? "Start each on its new platform or disk with the same node key and an empty data directory; it syncs from its peers."
      : "Stop each, apply the change, and start it again on its data directory.",
    ...(transition?.reinitialise ? ["Before starting it, run `geth init` with the updated genesis file on its data directory."] : []),
  ];
}

function restartValidators(
  ctx: PlanContext, regionId: string, batch: ValidatorSlot[], position: string, needs: Map<string, Need>, transition: BlockPeriodTransition | undefined,
): void {
  const kind: RestartKind = batch.some((s) => needs.get(s.key)!.kind === "replace") ? "replace" : "restart";
  const reasons = [...new Set(batch.flatMap((s) => needs.get(s.key)!.reasons))];
  const { during } = ctx.sim.preview({ downDuring: batch.map((s) => s.key) });
  const activity = ctx.api.signerActivity;
  ctx.push({
    kind: "restart",
    title: `${kind === "replace" ? "Replace" : "Restart"} ${plural(batch.length, "validator")} in '${regionId}' (batch ${position})`,
    actions: [
      `Nodes: ${listNames(batch.map((s) => s.nodeName), 8)}. Why: ${reasons.join("; ")}.`,
      ...howTo(kind, transition),
      `Take them down together: ${during.validatorsOnline} of ${during.validatorsInSet} validators stay online and quorum needs ${during.quorum}. Wait until each is in sync and signing again before the next step.`,
    ],
    commands: [],
    checks: [
      `eth_syncing is false on each restarted node${activity ? `, ${activity.method} shows it signing blocks again` : ""}, and eth_blockNumber kept rising on the others.`,
    ],
    checkCommands: [curlCall("eth_syncing", []), ...(activity ? [curlCall(activity.method, activity.params)] : []), curlCall("eth_blockNumber", [])],
    rollback: `Start them again on the deployed configuration${transition ? " (before <TRANSITION_BLOCK> the previous genesis file is still valid)" : ""}.`,
    validators: batch,
    effects: { downDuring: batch.map((s) => s.key) },
  });
}

function restartOthers(ctx: PlanContext, regionId: string, groups: GroupNeed[], transition: BlockPeriodTransition | undefined): void {
  const replace = groups.some((g) => g.need.kind === "replace");
  ctx.push({
    kind: "restart",
    title: `${replace ? "Replace" : "Restart"} the non-validator nodes in '${regionId}'`,
    actions: [
      ...groups.map((g) => `Group '${g.group.id}': ${roleCount(g.group.role, g.count)}; ${g.need.reasons.join("; ")}.`),
      ...howTo(replace ? "replace" : "restart", transition),
      "One node of each group at a time, so clients keep an endpoint. They carry no validator role: the validator set is untouched.",
    ],
    commands: [],
    checks: ["eth_syncing is false on each restarted node and net_peerCount is above 0."],
    checkCommands: [curlCall("eth_syncing", []), curlCall("net_peerCount", [])],
    rollback: "Start them again on the deployed configuration.",
    validators: [],
    effects: {},
  });
}

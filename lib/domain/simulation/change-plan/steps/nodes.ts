// Nodes that join or leave: new nodes are deployed and synced before anything depends on them (validators as
// plain nodes, voted in later), and nodes that leave are stopped only once nothing needs them.

import { enforcesNodePermissioning } from "../../../export/node-permissioning";
import { listNames, plural, roleCount } from "../../../rules/labels";
import type { NodeGroup } from "../../../schema";
import type { PlanContext } from "../context";
import { curlCall, enodeOf } from "../rpc";
import type { ValidatorSlot } from "../types";

const SAME_GENESIS =
  "Start them with the running chain's genesis file (the one every node already has, with any transition this plan adds), not the one in the next version's bundle: that one names the next version's validators in block 0 and would start a different chain.";

const SYNC_CHECKS = [curlCall("eth_syncing", []), curlCall("eth_getBlockByNumber", ["0x0", false])];

/** Consecutive slots of the same group and region, in order. */
export function byGroup(slots: readonly ValidatorSlot[]): ValidatorSlot[][] {
  const out: ValidatorSlot[][] = [];
  for (const s of slots) {
    const last = out.at(-1);
    if (last && last[0]!.groupId === s.groupId && last[0]!.regionId === s.regionId) last.push(s);
    else out.push([s]);
  }
  return out;
}

/** Bootnodes first (new nodes find peers through them), then the other new non-validator nodes. */
export function deployOtherNodes(ctx: PlanContext): void {
  const grown = ctx.diff.nodeGroups.resized.filter((r) => r.group.count > r.countBefore);
  const work: { group: NodeGroup; count: number; what: string }[] = [
    ...ctx.diff.nodeGroups.added.map((g) => ({ group: g, count: g.count, what: "new group" })),
    ...grown.map((r) => ({ group: r.group, count: r.group.count - r.countBefore, what: `grows from ${r.countBefore} to ${r.group.count}` })),
  ].sort((a, b) => Number(b.group.role === "bootnode") - Number(a.group.role === "bootnode"));
  for (const { group, count, what } of work) {
    ctx.push({
      kind: "deploy",
      title: `Deploy ${roleCount(group.role, count)} of group '${group.id}' in '${group.regionId}' (${what})`,
      actions: [`Deploy them from the next version's bundle. ${SAME_GENESIS}`, "Wait until each is in sync before the next step."],
      commands: [],
      checks: ["eth_syncing is false on each new node, and its block 0 hash equals a running validator's."],
      checkCommands: SYNC_CHECKS,
      rollback: "Stop and delete the new nodes: they carry no validator role.",
      validators: [],
      effects: {},
    });
  }
}

/** New validator nodes, started and synced as plain nodes (Raft: as learners, which count toward no majority). */
export function deployValidators(ctx: PlanContext): void {
  const raft = ctx.api.mode === "raft";
  for (const slots of byGroup(ctx.diff.validators.added)) {
    const first = slots[0]!;
    ctx.push({
      kind: "deploy",
      title: `Deploy and sync ${plural(slots.length, "new validator node")} of group '${first.groupId}' in '${first.regionId}'`,
      actions: [
        `Nodes: ${listNames(slots.map((s) => s.nodeName), 8)}. They are not validators yet.`,
        `Deploy them with their node keys and configuration from the next version's bundle. ${SAME_GENESIS}`,
        ...(raft
          ? [`On any current Raft member, add each as a learner (${ctx.api.propose}, which answers its raft id), then start it with --raftjoinexisting <raft id>.`]
          : []),
        "Wait until every one is in sync.",
      ],
      commands: raft ? slots.map((s) => curlCall(ctx.api.propose, [enodeOf(s)])) : [],
      checks: ["eth_syncing is false on each new node, its block 0 hash equals a running validator's, and net_peerCount is above 0."],
      checkCommands: SYNC_CHECKS,
      rollback: raft ? "Remove the learners (raft_removePeer with their raft ids) and delete the nodes." : "Stop and delete the new nodes: they are not validators, the chain does not notice.",
      validators: slots,
      effects: { start: slots.map((s) => s.key) },
    });
  }
}

/** Validators voted out are stopped; removed and shrunk non-validator groups go too. */
export function decommission(ctx: PlanContext): void {
  for (const slots of byGroup(ctx.diff.validators.removed)) {
    const first = slots[0]!;
    ctx.push({
      kind: "decommission",
      title: `Stop ${plural(slots.length, "former validator")} of group '${first.groupId}' in '${first.regionId}'`,
      actions: [
        `Nodes: ${listNames(slots.map((s) => s.nodeName), 8)}. They left the validator set in the steps above.`,
        "Stop them and delete their resources. Keep their node keys until the plan is complete, to roll back.",
      ],
      commands: [],
      checks: [`${ctx.api.list.method} does not list them, and blocks keep coming.`],
      checkCommands: [curlCall(ctx.api.list.method, ctx.api.list.params), curlCall("eth_blockNumber", [])],
      rollback: "Start them again with their keys and vote them back in, one at a time.",
      validators: slots,
      effects: { stop: slots.map((s) => s.key) },
    });
  }
  const shrunk = ctx.diff.nodeGroups.resized.filter((r) => r.group.count < r.countBefore);
  const work = [
    ...ctx.diff.nodeGroups.removed.map((g) => ({ group: g, count: g.count, what: "removed group" })),
    ...shrunk.map((r) => ({ group: r.group, count: r.countBefore - r.group.count, what: `shrinks from ${r.countBefore} to ${r.group.count}, highest ordinals first` })),
  ];
  for (const { group, count, what } of work) {
    ctx.push({
      kind: "decommission",
      title: `Stop ${roleCount(group.role, count)} of group '${group.id}' in '${group.regionId}' (${what})`,
      actions: ["Move clients off them first (RPC endpoints, load balancers), then stop them and delete their resources."],
      commands: [], checks: ["Blocks keep coming; remaining nodes keep their peers."], checkCommands: [curlCall("eth_blockNumber", [])],
      rollback: "Redeploy them from the deployed version's bundle.",
      validators: [], effects: {},
    });
  }
}

/** Permissioned members talk only to the nodes on their allowlist: it must name new nodes before they start. */
export function updateAllowlists(ctx: PlanContext, when: "before" | "after"): void {
  const members = ctx.from.nodeGroups.filter((g) => enforcesNodePermissioning(g) && ctx.to.nodeGroups.some((h) => h.id === g.id));
  const d = ctx.diff;
  const joining = d.validators.added.length + d.nodeGroups.added.length + d.nodeGroups.resized.filter((r) => r.group.count > r.countBefore).length;
  const leaving = d.validators.removed.length + d.nodeGroups.removed.length + d.nodeGroups.resized.filter((r) => r.group.count < r.countBefore).length;
  if (members.length === 0 || (when === "before" ? joining : leaving) === 0) return;
  ctx.push({
    kind: "allowlists",
    title: when === "before" ? "Allow the new nodes on permissioned members" : "Drop the departed nodes from permissioned members' allowlists",
    actions: [
      `${members.length === 1 ? "Group" : "Groups"} ${listNames(members.map((g) => `'${g.id}'`))} ${members.length === 1 ? "enforces" : "enforce"} node allowlists. Replace each member's allowlist with the next version's (${ctx.to.network.client === "besu" ? "permissions_config.toml" : "permissioned-nodes.json"}) ${when === "before" ? "so it accepts the nodes deployed below" : "now that those nodes are gone"}, and restart the members one at a time.`,
    ],
    commands: [], checks: ["Each member is in sync again and net_peerCount is above 0."], checkCommands: [curlCall("net_peerCount", [])],
    rollback: "Put the previous allowlist back and restart the member.",
    validators: [], effects: {},
  });
}

// Networks first, teardown last: new regions and links exist before any node needs them, a changed link is
// rebuilt while the plan counts it as down, and what the next version drops goes once nothing uses it.

import { regionName } from "../../../rules/labels";
import type { Link, TopologyDocument } from "../../../schema";
import type { DraftStep, PlanContext } from "../context";

const QUIET = { commands: [], checkCommands: [], validators: [] } as const;

function linkName(doc: TopologyDocument, l: Link): string {
  const name = (id: string) => {
    const r = doc.regions.find((x) => x.id === id);
    return r ? regionName(r) : `'${id}'`;
  };
  return `link '${l.id}' (${l.kind}, ${name(l.from)} - ${name(l.to)})`;
}

export function buildNetworks(ctx: PlanContext): void {
  const { from, to, diff } = ctx;
  for (const id of diff.regions.added) {
    const r = to.regions.find((x) => x.id === id)!;
    ctx.push({
      ...QUIET, kind: "network",
      title: `Create the network of region ${regionName(r)}`,
      actions: [
        `Apply the next version's infrastructure for '${id}' only: its network (${r.cidr}, /${r.subnetPrefix} subnets) and its paths to the other regions. Nothing runs there yet.`,
      ],
      checks: [`The network exists and a test machine in '${id}' reaches port 30303 (TCP and UDP) in the regions it must reach.`],
      rollback: `Destroy the network of '${id}': nothing depends on it yet.`,
      effects: { regionsAdded: [id] },
    });
  }
  for (const id of diff.links.added) {
    const l = to.links.find((x) => x.id === id)!;
    ctx.push({
      ...QUIET, kind: "network", title: `Create ${linkName(to, l)}`,
      actions: [`Create the connection and its routes on both sides (the next version's infrastructure for this link).`],
      checks: [`Nodes on each side reach port 30303 on the other.`],
      rollback: `Remove the link: no path the chain uses depends on it yet.`,
      effects: { linksAdded: [id] },
    });
  }
  for (const id of diff.links.changed) {
    const before = from.links.find((x) => x.id === id)!;
    const after = to.links.find((x) => x.id === id)!;
    ctx.push({
      ...QUIET, kind: "network", title: `Rebuild ${linkName(to, after)}`,
      actions: [
        `It was ${linkName(from, before)}. Where the clouds allow it, build the new connection before removing the old one; the plan counts the link as down while it is rebuilt.`,
      ],
      checks: [`Nodes on each side reach port 30303 on the other, and net_peerCount on the validators is back to what it was.`],
      rollback: `Rebuild the link as it was in the deployed version.`,
      effects: { linksReplaced: [id] },
    });
  }
  const a = from.network;
  const b = to.network;
  if (a.topology !== b.topology || a.hubRegionId !== b.hubRegionId || a.crossRegionLatency !== b.crossRegionLatency) {
    const describe = (n: typeof a) => `${n.topology}${n.topology === "hub-spoke" && n.hubRegionId ? ` (hub '${n.hubRegionId}')` : ""}, ${n.crossRegionLatency} routing`;
    ctx.push({
      ...QUIET, kind: "network", title: "Switch the paths between regions",
      actions: [`From ${describe(a)} to ${describe(b)}. Create every new path before removing an old one; the plan checks the chain under both sets of paths.`],
      checks: ["net_peerCount on every validator is what it was before the switch, and blocks keep coming."],
      rollback: "Restore the deployed version's paths (its infrastructure).",
      effects: { switchPaths: true },
    });
  }
}

export function tearDownNetworks(ctx: PlanContext): void {
  const { from, diff } = ctx;
  for (const id of diff.links.removed) {
    const l = from.links.find((x) => x.id === id)!;
    ctx.push(teardown(`Remove ${linkName(from, l)}`, "The next version has no such link.", { linksRemoved: [id] }));
  }
  for (const id of diff.regions.removed) {
    const r = from.regions.find((x) => x.id === id)!;
    ctx.push(teardown(`Remove the network of region ${regionName(r)}`, "No node runs there any more.", { regionsRemoved: [id] }));
  }
}

function teardown(title: string, why: string, effects: DraftStep["effects"]): DraftStep {
  return {
    ...QUIET, kind: "network", title,
    actions: [`${why} Destroy it with the next version's infrastructure.`],
    checks: ["Blocks keep coming and every remaining node keeps its peers (net_peerCount)."],
    rollback: "Recreate it from the deployed version's infrastructure.",
    effects,
  };
}

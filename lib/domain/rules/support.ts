// Support pack: a network designed today must run on software maintained today. Reads the support data
// (lib/domain/support): a new design on something current releases no longer run gets an error with the fix; a
// design marked as an existing network gets a warning that names the migration, never a block.

import { CONSENSUS_LABELS } from "../consensus";
import { MIGRATION_HINT, RELEASES, advisedAgainst, statusSentence, unsupportedChoices, type SupportEntry, type UnsupportedChoice } from "../support";
import type { TopologyDocument } from "../schema";
import { defineRule, type Emit } from "./define-rule";
import { groupName } from "./labels";
import type { Fix, RuleContext } from "./types";


const EXISTING_HINT = "if this design describes a network that already runs, mark it as an existing network in the network settings";

const switchToBesuQbft: Fix = {
  label: "Use Hyperledger Besu with QBFT",
  patches: [
    { op: "replace", path: ["network", "client"], value: "besu" },
    { op: "replace", path: ["network", "consensus"], value: "qbft" },
  ],
};

const switchToQbft: Fix = { label: "Use QBFT", patches: [{ op: "replace", path: ["network", "consensus"], value: "qbft" }] };

/** What moving an existing GoQuorum network involves, by its consensus. */
function goQuorumPath(doc: TopologyDocument): string {
  switch (doc.network.consensus) {
    case "qbft": return "QBFT networks can move to Besu on the same chain, node by node";
    case "istanbul": return "Istanbul BFT networks first switch to QBFT in GoQuorum, then move to Besu node by node";
    default: return `${CONSENSUS_LABELS[doc.network.consensus]} has no Besu equivalent, so the move is to a new Besu QBFT network`;
  }
}

function lastReleaseOf(entry: SupportEntry): string {
  const pin = entry.lastRelease ? RELEASES[entry.lastRelease] : undefined;
  return pin ? `${pin.product} ${pin.tag}` : "its last release";
}

function reportClient(doc: TopologyDocument, { entry }: UnsupportedChoice, emit: Emit) {
  const base = `${statusSentence(entry)}: Consensys advises against new projects on it.`;
  if (doc.network.existing) {
    emit({
      severity: "warning",
      target: { kind: "network", field: "client" },
      message: `${base} This existing network stays on ${lastReleaseOf(entry)} for now; plan its move to ${entry.replacement!.label}: ${goQuorumPath(doc)}; ${MIGRATION_HINT}.`,
    });
    return;
  }
  emit({
    severity: "error",
    target: { kind: "network", field: "client" },
    message: `${base} Build a new network on ${entry.replacement!.label}; ${EXISTING_HINT}.`,
    fix: switchToBesuQbft,
  });
}

function reportConsensus(doc: TopologyDocument, { entry }: UnsupportedChoice, emit: Emit) {
  const base = `${statusSentence(entry)}: current Besu refuses a ${CONSENSUS_LABELS[doc.network.consensus]} genesis.`;
  if (doc.network.existing) {
    emit({
      severity: "warning",
      target: { kind: "network", field: "consensus" },
      message: `${base} This existing network stays on Besu ${RELEASES[entry.lastRelease!].tag}, which still produces its blocks, for now; plan the move to ${entry.replacement!.label} (there is no in-place transition: a new QBFT network); ${MIGRATION_HINT}.`,
    });
    return;
  }
  emit({
    severity: "error",
    target: { kind: "network", field: "consensus" },
    message: `${base} Use ${entry.replacement!.label}; ${EXISTING_HINT}.`,
    fix: switchToQbft,
  });
}

function reportPrivacy(doc: TopologyDocument, ctx: RuleContext, { entry, groups }: UnsupportedChoice, emit: Emit) {
  const base = `${statusSentence(entry)}.`;
  for (const group of groups) {
    const i = ctx.groupIndex.get(group.id)!;
    if (doc.network.existing) {
      emit({
        severity: "warning",
        target: { kind: "nodeGroup", id: group.id },
        message: `Private member group ${groupName(group)} runs Tessera. ${base} This existing network stays on Besu ${RELEASES[entry.lastRelease!].tag} for now; plan the move of its private contracts to ${entry.replacement!.label}; ${MIGRATION_HINT}.`,
      });
      continue;
    }
    emit({
      severity: "error",
      target: { kind: "nodeGroup", id: group.id },
      message: `Private member group ${groupName(group)} would run Tessera. ${base} Make it a permissioned member and add privacy with ${entry.replacement!.label}, which runs beside the network; ${EXISTING_HINT}.`,
      fix: { label: `Make ${groupName(group)} a permissioned member (privacy with Paladin)`, patches: [{ op: "replace", path: ["nodeGroups", i, "memberType"], value: "permissioned" }] },
    });
  }
}

export const unsupportedStack = defineRule(
  {
    code: "support.unsupported", pack: "support", severity: "error",
    description:
      "The client, consensus and privacy must be ones current releases run (not GoQuorum, Clique or Tessera); a design marked as an existing network gets a warning naming the migration instead.",
    // Of the node groups only private members matter, and the member list changes with any of them.
    inputs: (doc, ctx) => [doc.network, ctx.groupsByRole.get("member")],
  },
  (doc, ctx, emit) => {
    for (const choice of unsupportedChoices(doc)) {
      if (choice.entry.status !== "removed") continue;
      const kind = choice.entry.feature.kind;
      if (kind === "client") reportClient(doc, choice, emit);
      else if (kind === "consensus") reportConsensus(doc, choice, emit);
      else reportPrivacy(doc, ctx, choice, emit);
    }
  },
);

export const supersededConsensus = defineRule(
  {
    code: "support.superseded", pack: "support", severity: "info",
    description: "A new network on a supported algorithm its client advises against for new networks (IBFT 2.0 on Besu: use QBFT).",
    inputs: (doc) => [doc.network],
  },
  (doc, _ctx, emit) => {
    if (doc.network.existing) return;
    for (const entry of advisedAgainst(doc)) {
      emit({
        target: { kind: "network", field: "consensus" },
        message: `${entry.label} is supported for existing networks, but ${entry.advice}.`,
        fix: switchToQbft,
      });
    }
  },
);

export const SUPPORT_RULES = [unsupportedStack, supersededConsensus];

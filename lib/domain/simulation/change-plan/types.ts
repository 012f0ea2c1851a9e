// A change plan: from the deployed version of a design to the next, the ordered steps that get there while the
// chain keeps producing blocks. Each step says what to do (actions, JSON-RPC calls), how to check it, how to
// undo it, and what it does to the validator set; replaying those effects (stepThrough) gives the chain's state
// during and after every step, so "keeps producing" is computed, never asserted.

import type { Consensus, TopologyDocument } from "../../schema";
import type { Source } from "../../support";

/** One validator node, named by its group and ordinal: the design stores no node addresses. */
export interface ValidatorSlot {
  /** Unique across both versions: "val-eu@eu#3" (a moved group's nodes differ by region). */
  readonly key: string;
  readonly groupId: string;
  readonly regionId: string;
  /** 1-based position in its group (a StatefulSet ordinal + 1). */
  readonly ordinal: number;
  /** The node's name in exported bundles (`keys/<name>/address` holds its address). */
  readonly nodeName: string;
  /** "validator 3 of group 'val-eu' in 'eu'". */
  readonly label: string;
}

/** What a step does to the network, replayed by stepThrough. Keys are ValidatorSlot keys. */
export interface StepEffects {
  /** New nodes started and syncing, not (yet) validators. */
  readonly start?: readonly string[];
  /** Voted into the validator set. */
  readonly join?: readonly string[];
  /** Voted out of the validator set. */
  readonly leave?: readonly string[];
  /** Stopped for good. */
  readonly stop?: readonly string[];
  /** Offline while the step runs (restart, replacement), back online after it. */
  readonly downDuring?: readonly string[];
  readonly regionsAdded?: readonly string[];
  readonly regionsRemoved?: readonly string[];
  readonly linksAdded?: readonly string[];
  readonly linksRemoved?: readonly string[];
  /** Changed links: absent while the step runs, the new version after it. */
  readonly linksReplaced?: readonly string[];
  /** From this step on, paths between regions follow the next version's topology settings. */
  readonly switchPaths?: boolean;
}

/** The chain at one moment, computed from the validator set, who is online and the connectivity model. */
export interface ChainState {
  readonly validatorsInSet: number;
  /** Validators in the set that are running. */
  readonly validatorsOnline: number;
  /** The most online validators that can exchange consensus messages. */
  readonly validatorsConnected: number;
  readonly quorum: number;
  readonly producing: boolean;
}

export const STEP_KINDS = [
  "network", "allowlists", "genesis-transition", "deploy", "vote-in", "restart", "vote-out", "decommission", "verify",
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export interface ChangeStep {
  readonly kind: StepKind;
  readonly title: string;
  readonly actions: readonly string[];
  /** Commands to run (curl calls with a placeholder RPC URL, client commands). */
  readonly commands: readonly string[];
  /** What must be true before the next step. */
  readonly checks: readonly string[];
  readonly checkCommands: readonly string[];
  readonly rollback: string;
  /** Validators this step names (votes, restarts, deployments). */
  readonly validators: readonly ValidatorSlot[];
  /** For a vote: the current validators that call it, more than half of the set (Raft: one member). */
  readonly voters?: readonly ValidatorSlot[];
  readonly effects: StepEffects;
  /** Computed by stepThrough: the worst moment of the step, and once it is done. */
  readonly during: ChainState;
  readonly after: ChainState;
}

export interface Refusal {
  /** "chain id", "consensus", "region 'eu'". */
  readonly what: string;
  /** Why it is not a live change, and what to do instead. */
  readonly reason: string;
}

export interface ChangePlan {
  readonly from: TopologyDocument;
  readonly to: TopologyDocument;
  readonly consensus: Consensus;
  /** Every step keeps producing blocks and nothing was refused. */
  readonly feasible: boolean;
  readonly refusals: readonly Refusal[];
  /** Every validator of either version, in plan order: the universe stepThrough replays. */
  readonly slots: readonly ValidatorSlot[];
  readonly start: ChainState;
  readonly steps: readonly ChangeStep[];
  /** Changes that do nothing to the running chain (names, tags, budget, canvas layout). */
  readonly notes: readonly string[];
  /** How the plan names what the design does not store: node addresses, RPC endpoints. */
  readonly placeholders: readonly string[];
  readonly sources: readonly Source[];
}

// A migration plan: the design after the move, and the runbook that gets there step by step, each step with
// what keeps the chain running (validators online against the quorum) and how to check it before going on.

import type { TopologyDocument } from "../schema";
import type { MigrationKind, Source } from "../support";

export interface QuorumDuringStep {
  /** Validators producing blocks while this step runs. */
  readonly online: number;
  /** Validators in the set. */
  readonly validators: number;
  /** Needed to produce blocks. */
  readonly quorum: number;
}

export interface MigrationStep {
  readonly title: string;
  /** What to do, in order. */
  readonly actions: readonly string[];
  /** Commands to run, where there are exact ones. */
  readonly commands?: readonly string[];
  /** What must be true before the next step. */
  readonly check: string;
  readonly quorum?: QuorumDuringStep;
}

export interface MigrationPlan {
  readonly kind: MigrationKind;
  readonly title: string;
  /** One paragraph: what moves where, and whether the chain continues or a new one starts. */
  readonly summary: string;
  /** "same-chain": history and addresses carry on; "new-network": a new genesis, state carried over explicitly. */
  readonly continuity: "same-chain" | "new-network";
  /** The design once the migration is done (a new network is not yet existing; the same chain still is). */
  readonly target: TopologyDocument;
  readonly steps: readonly MigrationStep[];
  /** What the plan cannot promise: undocumented paths, things to rehearse. */
  readonly caveats: readonly string[];
  readonly sources: readonly Source[];
}

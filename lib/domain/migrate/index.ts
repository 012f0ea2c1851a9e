// Migration plans off what current releases no longer run: which apply to a design, and each plan as a design
// (the target) and a runbook. Pure: the CLI writes them, the designer shows them.

import type { TopologyDocument } from "../schema";
import { advisedAgainst, unsupportedChoices, type MigrationKind } from "../support";
import { cliqueToQbft } from "./clique-to-qbft";
import { goQuorumToBesu } from "./goquorum-to-besu";
import { ibft2ToQbft } from "./ibft2-to-qbft";
import { tesseraToPaladin } from "./tessera-to-paladin";
import type { MigrationPlan } from "./types";

export * from "./types";
export { renderRunbook } from "./runbook";
export { besuGenesisFromGoQuorum } from "./convert-genesis";

const PLANNERS: Record<MigrationKind, (doc: TopologyDocument) => MigrationPlan> = {
  "goquorum-to-besu": goQuorumToBesu,
  "clique-to-qbft": cliqueToQbft,
  "tessera-to-paladin": tesseraToPaladin,
  "ibft2-to-qbft": ibft2ToQbft,
};

/**
 * The migrations that apply to a design, in the order to run them: private state leaves Tessera before its
 * nodes are replaced, then the client or consensus moves.
 */
export function migrationsFor(doc: TopologyDocument): MigrationKind[] {
  const kinds = new Set<MigrationKind>();
  const hasPrivate = doc.nodeGroups.some((g) => g.role === "member" && g.memberType === "private");
  if (hasPrivate && unsupportedChoices(doc).length > 0) kinds.add("tessera-to-paladin");
  for (const { entry } of unsupportedChoices(doc)) if (entry.replacement) kinds.add(entry.replacement.migration);
  for (const entry of advisedAgainst(doc)) if (entry.replacement) kinds.add(entry.replacement.migration);
  return [...kinds];
}

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MigrationError";
  }
}

/** The plan of one migration (the first that applies when none is named); throws MigrationError when none applies. */
export function planMigration(doc: TopologyDocument, kind?: MigrationKind): MigrationPlan {
  const applicable = migrationsFor(doc);
  const chosen = kind ?? applicable[0];
  if (!chosen) throw new MigrationError(`${doc.name} runs ${doc.network.client} with ${doc.network.consensus}, which current releases support: there is nothing to migrate`);
  if (!applicable.includes(chosen)) {
    throw new MigrationError(`${chosen} does not apply to this design${applicable.length > 0 ? ` (what applies: ${applicable.join(", ")})` : ": it runs a supported stack"}`);
  }
  return PLANNERS[chosen](doc);
}

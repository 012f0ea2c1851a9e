import type { ActorContext } from "../context";
import { BadRequestError } from "../errors";
import { findOwnTopology } from "./find";
import { getVersion } from "./get-topology";
import { saveVersion } from "./save-version";

/**
 * Brings back an old version as a new one: a normal save of its document on top of the newest version
 * (checked, region-scoped and audited like any save, 409 if another save wins the race), never a rewind.
 */
export async function restoreVersion(ctx: ActorContext, topologyId: string, number: number) {
  const topology = await findOwnTopology(ctx, topologyId);
  const { document } = await getVersion(ctx, topologyId, number);
  if (number === topology.currentVersion) {
    throw new BadRequestError(`Version ${number} is already the newest version; there is nothing to restore.`);
  }
  const saved = await saveVersion(ctx, topologyId, { baseVersion: topology.currentVersion, document, message: `Restored version ${number}` });
  return { ...saved, restoredFrom: number };
}

import { savedDrillTooLong, type DrillSpecBody, type SavedDrillSummary } from "@/lib/domain/api";
import { validatorsPerRegion } from "@/lib/domain/consensus/failure-domains";
import type { TopologyDocument } from "@/lib/domain/schema";
import { DrillError, runDrill } from "@/lib/domain/simulation";
import { SimulationError } from "@/lib/domain/simulation/network";
import { BadRequestError } from "../errors";

/**
 * Plays a drill on a saved version's document, as the server's own account of it: a drill the design cannot
 * play (a region, link or validator it does not have; a region the latency model does not know) is a 400 with
 * the engine's message, and so is one past the server's budget (savedDrillTooLong).
 */
export function playDrillForSaving(document: TopologyDocument, spec: DrillSpecBody, seed: number): SavedDrillSummary {
  const validators = validatorsPerRegion(document).reduce((a, b) => a + b, 0);
  const tooLong = savedDrillTooLong(validators, spec.horizonMs);
  if (tooLong) throw new BadRequestError(tooLong, [{ path: "spec.horizonMs", message: tooLong }]);
  try {
    const result = runDrill(document, spec, { seed });
    return {
      consensus: result.consensus,
      validators: result.validators,
      quorum: result.quorum,
      failure: { label: result.failure.label, validatorsDown: result.failure.validatorsDown, regionIds: [...result.failure.regionIds] },
      stalled: result.summary.stalled,
      ...(result.summary.stallStartMs !== undefined && { stallStartMs: result.summary.stallStartMs }),
      ...(result.summary.resumedAtMs !== undefined && { resumedAtMs: result.summary.resumedAtMs }),
      roundChangesBeforeRecovery: result.summary.roundChangesBeforeRecovery,
      maxGapMs: result.summary.maxGapMs,
      blocksProduced: result.summary.blocksProduced,
      summary: result.summary.summary,
    };
  } catch (error) {
    if (error instanceof DrillError || error instanceof SimulationError) {
      throw new BadRequestError(`This drill can't be played on the version: ${error.message}`, [{ path: "spec", message: error.message }]);
    }
    throw error;
  }
}

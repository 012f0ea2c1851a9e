// A fix for "the design must survive losing any one region (or cloud)": the validator rebalancing that
// consensus.region-outage.halts offers, applied domain by domain until every one survives, as one list of
// patches (each step is computed on the document the previous steps produced, so the patches apply in order).

import type { Patch } from "immer";
import type { Region, TopologyDocument } from "../schema";
import { applyFix } from "./apply-fix";
import { contextAfterEdit } from "./context";
import { rebalanceValidatorsFix } from "./rebalance-validators";
import type { Fix, RuleContext } from "./types";
import { regionKeyOf } from "../region-key";

/** Each step re-runs the failure-domain analysis; a design needing more moves than this gets no fix. */
const MAX_STEPS = 6;

const DOMAIN_KEY: Record<"region" | "provider", (r: Region) => string> = {
  region: (r) => regionKeyOf(r),
  provider: (r) => r.provider,
};

/** Undefined when the intact network doesn't work, nothing halts, or moving validators can't fix it. */
export function rebalanceUntilSurvivesFix(doc: TopologyDocument, ctx: RuleContext, kinds: readonly ("region" | "provider")[]): Fix | undefined {
  let current = doc;
  let currentCtx = ctx;
  const patches: Patch[] = [];
  const labels: string[] = [];
  for (let step = 0; step <= MAX_STEPS; step++) {
    const fd = currentCtx.failureDomains;
    if (!fd.baseline.survives) return undefined;
    const domain = fd.domains.find((d) => (kinds as readonly string[]).includes(d.kind) && !d.survives);
    if (!domain) return patches.length > 0 ? { label: labels.join("; "), patches } : undefined;
    if (step === MAX_STEPS) return undefined;
    const fix = rebalanceValidatorsFix(current, currentCtx, domain, DOMAIN_KEY[domain.kind as "region" | "provider"]);
    if (!fix) return undefined;
    patches.push(...fix.patches);
    labels.push(fix.label);
    current = applyFix(current, fix);
    // Built from the previous step's context: only what the moved validators touch is computed again.
    currentCtx = contextAfterEdit(currentCtx, current, { services: ctx.services });
  }
  return undefined;
}

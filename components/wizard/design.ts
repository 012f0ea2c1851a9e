// What the answers so far design: the domain's proposal, with the user's node counts applied, validated and
// priced. Pure; `useWizardCheck` memoises it. A half-answered wizard still gets a preview (the map and the
// running cost on step 2) from the usable part of its answers.

import { getRegion } from "@/lib/domain/catalog";
import { sovereignCloudOf } from "@/lib/domain/net/connectivity";
import { priceTopology, type TopologyCost } from "@/lib/domain/cost";
import { validate, type ValidationResult } from "@/lib/domain/rules";
import { CONSENSUS_BY_CLIENT, type TopologyDocument } from "@/lib/domain/schema";
import {
  MAX_WIZARD_REGIONS, proposeTopology, spreadNotes, WizardAnswersSchema, type WizardAnswersInput, type WizardNote, type WizardProposal,
} from "@/lib/domain/wizard";
import { applyCounts, countsOf, type RoleCounts } from "./role-counts";
import { regionKeyOf } from "@/lib/domain/region-key";

/** The answers with anything unusable dropped (unknown or repeated regions, another cloud), or null. */
export function previewInput(input: WizardAnswersInput): WizardAnswersInput | null {
  if (WizardAnswersSchema.safeParse(input).success) return input;
  const seen = new Set<string>();
  let cloud: string | undefined;
  const regions = input.regions.filter((r) => {
    const info = getRegion(r.provider, r.region);
    const key = regionKeyOf(r);
    if (!info || seen.has(key)) return false;
    const c = sovereignCloudOf(r.provider, info.classification);
    if ((cloud ??= c) !== c) return false;
    seen.add(key);
    return true;
  }).slice(0, MAX_WIZARD_REGIONS);
  if (regions.length === 0) return null;
  const supported = CONSENSUS_BY_CLIENT[input.client];
  const usable: WizardAnswersInput = {
    ...input,
    consensus: supported.includes(input.consensus) ? input.consensus : supported[0]!,
    providers: [...new Set(regions.map((r) => r.provider))],
    regions,
  };
  return WizardAnswersSchema.safeParse(usable).success ? usable : null;
}

/** The proposal for these answers, or null when they can't make one yet. */
export function proposalFor(input: WizardAnswersInput): WizardProposal | null {
  const usable = previewInput(input);
  if (!usable) return null;
  try {
    return proposeTopology(usable);
  } catch {
    return null;
  }
}

export interface WizardDesign {
  proposal: WizardProposal;
  /** The proposal with the user's counts applied: what "Create network" saves. */
  document: TopologyDocument;
  validation: ValidationResult;
  cost: TopologyCost;
  /** Per region key: the proposal's counts and the document's. */
  proposed: ReadonlyMap<string, RoleCounts>;
  effective: ReadonlyMap<string, RoleCounts>;
  /** What the edited document's spread means (tolerance, quorum, validators per region), from `validation`. */
  notes: WizardNote[];
}

export function designFor(proposal: WizardProposal, name: string, counts: Record<string, Partial<RoleCounts>>): WizardDesign {
  const document = applyCounts({ ...proposal.document, name }, counts);
  const validation = validate(document);
  return {
    proposal,
    document,
    validation,
    cost: priceTopology(document),
    proposed: countsOf(proposal.document),
    effective: countsOf(document),
    notes: spreadNotes(document, validation.failureDomains, proposal.tolerance.designedFor),
  };
}

const sameCounts = (a: ReadonlyMap<string, RoleCounts>, b: ReadonlyMap<string, RoleCounts>) =>
  a.size === b.size && [...a].every(([key, counts]) => JSON.stringify(counts) === JSON.stringify(b.get(key)));

export interface SpreadExplanation {
  heading: string;
  /** Where the counts came from, when they aren't Meridian's proposal. */
  intro?: string;
  notes: WizardNote[];
}

/**
 * The notes beside step 4's count table, always about the design shown there. Only the untouched proposal is
 * explained as Meridian's; imported or edited counts get the facts computed from them, never the proposal's.
 */
export function explainSpread(design: WizardDesign, imported: boolean): SpreadExplanation {
  if (imported) {
    return {
      heading: "About the imported spread",
      intro: "These counts were imported from QDQ, not proposed by Meridian. What they give:",
      notes: design.notes,
    };
  }
  if (!sameCounts(design.proposed, design.effective)) {
    return { heading: "About your spread", intro: "You changed Meridian's proposed counts. What the counts shown give:", notes: design.notes };
  }
  return {
    heading: "Why Meridian proposed this spread",
    notes: [...design.proposal.notes.filter((n) => n.code === "tolerance.raised"), ...design.notes],
  };
}

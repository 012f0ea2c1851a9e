// proposeTopology: the new-network wizard's answers in, a complete document and plain-language notes out.
// The design meets the tolerance asked for when the chosen regions allow it; when not, it is the closest
// design and a note says exactly what to add. Every claim in the notes is checked by the rule engine.

import { validate } from "../rules";
import type { TopologyDocument } from "../schema";
import { WizardAnswersSchema, type Tolerance, type WizardAnswersInput } from "./answers";
import { buildDocument } from "./build-document";
import { findingNotes } from "./finding-notes";
import { fitBudget } from "./fit-budget";
import { info, warning, type WizardNote } from "./notes";
import { spreadValidators } from "./spread-validators";
import { spreadNotes } from "./spread-notes";
import { survives } from "./tolerance-notes";

export interface WizardProposal {
  document: TopologyDocument;
  notes: WizardNote[];
  tolerance: { requested: Tolerance; designedFor: Tolerance; met: boolean };
  monthlyCostUsd: number;
}

/** Throws a ZodError for invalid answers: check them with WizardAnswersSchema.safeParse first to show issues. */
export function proposeTopology(input: WizardAnswersInput): WizardProposal {
  const answers = WizardAnswersSchema.parse(input);
  const notes: WizardNote[] = [];

  // SOC 2 availability means surviving a region, so a SOC 2 design is never proposed for less.
  let tolerance = answers.tolerance;
  if (answers.packs.includes("soc2") && tolerance === "none") {
    tolerance = "region";
    notes.push(info("tolerance.raised", "SOC 2 requires surviving the loss of any one region, so the design aims for that rather than no tolerance."));
  }

  const spread = spreadValidators(answers.consensus, answers.regions.map((r) => r.provider), tolerance);

  const fitted = fitBudget((sizing) => buildDocument(answers, spread.counts, tolerance, sizing), answers.budgetMonthlyUsd);
  const document = fitted.document;
  notes.push(...fitted.notes);

  const result = validate(document);
  const fd = result.failureDomains;
  notes.push(...spreadNotes(document, fd, tolerance));
  for (const d of fd.domains) {
    if (d.kind !== "link" || d.survives) continue;
    notes.push(warning("link.single-path", `Losing ${d.label} halts the chain, and with one region on each side no second VPN can avoid its ends. A second region on either cloud would allow an independent path.`));
  }

  notes.push(...findingNotes(document, result));

  return {
    document,
    notes,
    tolerance: { requested: answers.tolerance, designedFor: tolerance, met: survives(fd, tolerance) },
    monthlyCostUsd: fitted.monthlyCostUsd,
  };
}

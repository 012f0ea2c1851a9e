// What a design's validator spread means, in the user's numbers: whether it meets the tolerance, the quorum
// rule, and the validators per region. Computed from the document and its failure-domain analysis (the same
// one the live check and the rules use), so it can describe the proposal or any edited or imported design.

import { CONSENSUS_LABELS, type FailureDomainAnalysis } from "../consensus";
import type { TopologyDocument } from "../schema";
import type { Tolerance } from "./answers";
import { info, type WizardNote } from "./notes";
import { quorumNote, toleranceNotes } from "./tolerance-notes";

export function spreadNotes(document: TopologyDocument, fd: FailureDomainAnalysis, tolerance: Tolerance): WizardNote[] {
  const consensus = document.network.consensus;
  const perRegion = document.regions.map((r) => {
    const n = document.nodeGroups.filter((g) => g.regionId === r.id && g.role === "validator").reduce((s, g) => s + g.count, 0);
    return `${r.id} ${n}`;
  });
  return [
    ...toleranceNotes(consensus, fd, document.regions, tolerance),
    quorumNote(consensus, fd.validators, fd.quorum),
    info("validators.spread", `${fd.validators} ${CONSENSUS_LABELS[consensus]} validator${fd.validators === 1 ? "" : "s"}: ${perRegion.join(", ")}.`),
  ];
}

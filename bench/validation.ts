// Rule-engine speed: full validate() as documents grow, and revalidation after a single edit, both as a full
// validate() (what the editor paid before incremental validation) and as revalidate() from the previous result.

import { revalidate, validate, validateForEdits, type Validation } from "@/lib/domain/rules";
import { COMPLIANCE_PACKS, type TopologyDocument } from "@/lib/domain/schema";
import { generateTopology, withDenseLinks, withOneEdit, withOneGroupMoved } from "./generate-topology";
import { log, round, timeSync } from "./stats";

const SIZES = [10, 100, 1_000, 10_000] as const;
const GOALS = {
  full: { nodeGroups: 1_000, maxMedianMs: 10 },
  fullLarge: { nodeGroups: 10_000, maxMedianMs: 100 },
  edit: { nodeGroups: 1_000, maxMedianMs: 2 },
};

function runsFor(groups: number): number {
  return groups >= 10_000 ? 30 : groups >= 1_000 ? 100 : 300;
}

/** Median of revalidate() over a chain of edits, each made to the previous edit's document. */
function timeRevalidation(start: Validation, edit: (doc: TopologyDocument, i: number) => TopologyDocument, runs: number) {
  let current = start;
  let i = 0;
  return timeSync(() => {
    current = revalidate(current, edit(current.doc, i++ % current.doc.nodeGroups.length));
  }, runs, Math.min(10, runs));
}

export async function validationBench() {
  const rows = SIZES.map((groups) => {
    const doc = generateTopology(groups);
    const runs = runsFor(groups);
    log(`validation: ${groups} groups, ${doc.regions.length} regions, ${runs} runs`);
    const result = validate(doc);
    const full = timeSync(() => validate(doc), runs, Math.min(10, runs));
    let i = 0;
    const fullAfterOneEdit = timeSync(() => validate(withOneEdit(doc, i++ % groups)), runs, Math.min(10, runs));
    const start = validateForEdits(doc);
    const revalidateCountEdit = timeRevalidation(start, withOneEdit, runs);
    const revalidateGroupMove = timeRevalidation(start, withOneGroupMoved, runs);
    // The same document with the GDPR, HIPAA and SOC 2 packs switched on as well.
    const packs = { packs: [...COMPLIANCE_PACKS] };
    const withCompliancePacks = timeSync(() => validate(doc, packs), runs, Math.min(10, runs));
    const revalidateCountEditWithCompliancePacks = timeRevalidation(validateForEdits(doc, packs), withOneEdit, runs);
    return {
      nodeGroups: groups,
      regions: doc.regions.length,
      nodes: doc.nodeGroups.reduce((s, g) => s + g.count, 0),
      findings: result.findings.length,
      full,
      fullAfterOneEdit,
      revalidateCountEdit,
      revalidateGroupMove,
      withCompliancePacks,
      revalidateCountEditWithCompliancePacks,
      perNodeGroupUs: round((full.medianMs * 1000) / groups, 2),
    };
  });
  // Thousands of links: every VPN is a failure domain of its own, so this is where the analysis could grow fastest.
  const dense = withDenseLinks(generateTopology(10_000, 130), 5_000);
  log(`validation: ${dense.nodeGroups.length} groups, ${dense.regions.length} regions, ${dense.links.length} links`);
  const linkHeavy = {
    nodeGroups: dense.nodeGroups.length,
    regions: dense.regions.length,
    links: dense.links.length,
    full: timeSync(() => validate(dense), 10, 2),
    revalidateCountEdit: timeRevalidation(validateForEdits(dense), withOneEdit, 30),
  };
  const at = (n: number) => rows.find((r) => r.nodeGroups === n);
  return {
    goals: [
      `validate() of ${GOALS.full.nodeGroups.toLocaleString("en")} node groups under ${GOALS.full.maxMedianMs} ms (median)`,
      `validate() of ${GOALS.fullLarge.nodeGroups.toLocaleString("en")} node groups under ${GOALS.fullLarge.maxMedianMs} ms (median)`,
      `revalidate() after one edit of ${GOALS.edit.nodeGroups.toLocaleString("en")} node groups under ${GOALS.edit.maxMedianMs} ms (median)`,
    ],
    goalsMet: [
      (at(GOALS.full.nodeGroups)?.full.medianMs ?? Infinity) < GOALS.full.maxMedianMs,
      (at(GOALS.fullLarge.nodeGroups)?.full.medianMs ?? Infinity) < GOALS.fullLarge.maxMedianMs,
      (at(GOALS.edit.nodeGroups)?.revalidateGroupMove.medianMs ?? Infinity) < GOALS.edit.maxMedianMs,
    ],
    linearity10kTo1k: round((at(10_000)?.full.medianMs ?? NaN) / (at(1_000)?.full.medianMs ?? NaN), 2),
    packs: validate(generateTopology(10)).summary.packs,
    note:
      "regions = min(100, max(3, groups/10)); median and min over `runs` after warm-up. fullAfterOneEdit = copy-on-write edit of one group's count + full validate(); "
      + "revalidateCountEdit / revalidateGroupMove = the same edit (or one group moved to the next region) + revalidate() from the previous validation, chained; "
      + "withCompliancePacks = also gdpr, hipaa, soc2; linkHeavy = 10,000 groups in 130 regions with 5,000 VPNs between them",
    rows,
    linkHeavy,
  };
}

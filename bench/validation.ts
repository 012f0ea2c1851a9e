// Rule-engine speed: full validate() as documents grow, and revalidation after a single edit.

import { validate } from "@/lib/domain/rules";
import { COMPLIANCE_PACKS } from "@/lib/domain/schema";
import { generateTopology, withOneEdit } from "./generate-topology";
import { log, round, timeSync } from "./stats";

const SIZES = [10, 100, 1_000, 10_000] as const;
const GOAL = { nodeGroups: 1_000, maxMedianMs: 10 };

function runsFor(groups: number): number {
  return groups >= 10_000 ? 15 : groups >= 1_000 ? 50 : 200;
}

export async function validationBench() {
  const rows = [];
  for (const groups of SIZES) {
    const doc = generateTopology(groups);
    const runs = runsFor(groups);
    log(`validation: ${groups} groups, ${doc.regions.length} regions, ${runs} runs`);
    const result = validate(doc);
    const full = timeSync(() => validate(doc), runs, Math.min(10, runs));
    // One edit, then a full re-run: the engine has no incremental mode, so this is what the editor pays per keystroke.
    let i = 0;
    const edit = timeSync(() => validate(withOneEdit(doc, i++ % groups)), runs, Math.min(10, runs));
    // The same document with the GDPR, HIPAA and SOC 2 packs switched on as well.
    const allPacks = timeSync(() => validate(doc, { packs: [...COMPLIANCE_PACKS] }), runs, Math.min(10, runs));
    rows.push({
      nodeGroups: groups,
      regions: doc.regions.length,
      nodes: doc.nodeGroups.reduce((s, g) => s + g.count, 0),
      findings: result.findings.length,
      full,
      afterOneEdit: edit,
      withCompliancePacks: allPacks,
      perNodeGroupUs: round((full.medianMs * 1000) / groups, 2),
    });
  }
  const atGoal = rows.find((r) => r.nodeGroups === GOAL.nodeGroups);
  return {
    goal: `validate() of ${GOAL.nodeGroups.toLocaleString("en")} node groups under ${GOAL.maxMedianMs} ms (median)`,
    goalMet: atGoal ? atGoal.full.medianMs < GOAL.maxMedianMs : null,
    packs: validate(generateTopology(10)).summary.packs,
    note: "regions = min(100, max(3, groups/10)); median and min over `runs` after warm-up; afterOneEdit = copy-on-write edit of one group's count + full validate(); withCompliancePacks = also gdpr, hipaa, soc2",
    rows,
  };
}

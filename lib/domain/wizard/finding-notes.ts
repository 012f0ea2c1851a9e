// Validation findings as wizard notes: one note per rule rather than per node group, since a wizard user
// fixes the choice of regions, not individual groups.

import { RULES, type Finding, type ValidationResult } from "../rules";
import type { TopologyDocument } from "../schema";
import { info, warning, type WizardNote } from "./notes";

/** Rules whose findings the tolerance notes already explain. */
const TOLERANCE_CODES = new Set(["consensus.region-outage.halts", "consensus.provider-outage.halts", "compliance.soc2.region-failure"]);
const COMPLIANCE_PACKS = new Set(["gdpr", "hipaa", "soc2"]);
const PACK_LABEL: Record<string, string> = { gdpr: "GDPR", hipaa: "HIPAA", soc2: "SOC 2" };

function regionOf(doc: TopologyDocument, f: Finding): string | undefined {
  if (f.target.kind === "region") return f.target.id;
  if (f.target.kind === "nodeGroup") {
    const id = f.target.id;
    return doc.nodeGroups.find((g) => g.id === id)?.regionId;
  }
  return undefined;
}

export function findingNotes(doc: TopologyDocument, result: ValidationResult): WizardNote[] {
  const byCode = new Map<string, Finding[]>();
  for (const f of result.findings) {
    if (f.severity !== "error" || TOLERANCE_CODES.has(f.code)) continue;
    byCode.set(f.code, [...(byCode.get(f.code) ?? []), f]);
  }
  const notes: WizardNote[] = [];
  for (const [code, findings] of byCode) {
    const first = findings[0]!;
    const regions = [...new Set(findings.flatMap((f) => regionOf(doc, f) ?? []))];
    const rule = RULES.find((r) => r.code === code);
    const message = findings.length > 1 && rule
      ? `${rule.description} Not met in ${regions.join(", ")}.`
      : first.message;
    const compliance = COMPLIANCE_PACKS.has(first.pack);
    notes.push(warning(compliance ? "compliance" : "validation", compliance ? `${PACK_LABEL[first.pack]}: ${message}` : message));
  }
  const { errors, warnings } = result.summary;
  notes.push(info("validation", `Validation: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}.`));
  return notes;
}

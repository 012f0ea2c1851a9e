// Starting from QDQ: a distribution DSL line or a QDQ JSON/YAML file becomes the wizard's answers and node
// counts. The domain's importer reads the input; the answers are checked like typed ones, so a file with
// regions the wizard can't use is refused with the reason rather than half applied.

import { getRegion } from "@/lib/domain/catalog";
import { validate } from "@/lib/domain/rules";
import { importQdq, parseQdqFlagText, QdqImportError, type StatedSettings } from "@/lib/domain/qdq";
import { NODE_ROLES, PROVIDER_LABELS, PROVIDERS, type TopologyDocument } from "@/lib/domain/schema";
import { MAX_WIZARD_REGIONS, type Tolerance } from "@/lib/domain/wizard";
import { readAnswers } from "./read-answers";
import { countsOf } from "./role-counts";
import { type CountEdits, type WizardDraft } from "./wizard-state";
import { regionKeyOf } from "@/lib/domain/region-key";

export type QdqStart =
  | { ok: true; draft: WizardDraft; counts: CountEdits; warnings: string[] }
  | { ok: false; message: string };

/** One line without JSON or YAML punctuation, and not QDQ flags: a DSL, which says nothing about client, consensus or chain. */
export const isDslLine = (text: string) => !/[\n\r{}[\]"'#]/.test(text.trim()) && parseQdqFlagText(text.trim()) === undefined;

/** The strongest tolerance the imported design already meets, judged by the failure-domain analysis. */
function toleranceOf(doc: TopologyDocument): Tolerance {
  const fd = validate(doc).failureDomains;
  if (!fd.baseline.survives || doc.regions.length < 2) return "none";
  const all = (kind: "region" | "provider") => fd.domains.filter((d) => d.kind === kind).every((d) => d.survives);
  if (!all("region")) return "none";
  return new Set(doc.regions.map((r) => r.provider)).size > 1 && all("provider") ? "provider" : "region";
}

/** A bare region name is Azure in QDQ; when it is another cloud's region, say how to write it. */
function prefixHints(doc: TopologyDocument): string[] {
  return doc.regions.flatMap((r) => {
    if (r.provider !== "azure" || getRegion("azure", r.region)) return [];
    const other = PROVIDERS.find((p) => p !== "azure" && getRegion(p, r.region));
    return other ? [`Bare region names are Azure, as in QDQ; for ${PROVIDER_LABELS[other]} write '${other}:${r.region}'.`] : [];
  });
}

export function startFromQdq(text: string, current: WizardDraft): QdqStart {
  if (!text.trim()) return { ok: false, message: "Paste a QDQ distribution line or choose a QDQ file first." };
  const dsl = isDslLine(text);
  let doc: TopologyDocument;
  let warnings: string[];
  let stated: StatedSettings;
  try {
    ({ document: doc, warnings, stated } = importQdq(text, dsl ? { client: current.client } : {}));
  } catch (error) {
    const message = error instanceof QdqImportError ? error.message : String(error);
    return { ok: false, message: `Could not read this as QDQ: ${message}` };
  }
  if (doc.regions.length > MAX_WIZARD_REGIONS) {
    return { ok: false, message: `The wizard designs up to ${MAX_WIZARD_REGIONS} regions; this has ${doc.regions.length}. Import it in the designer instead.` };
  }
  // The primary region first, as the wizard orders them.
  const regions = [...doc.regions].sort((a, b) => Number(b.primary) - Number(a.primary));
  const draft: WizardDraft = {
    ...current,
    name: current.name.trim() || doc.name,
    // Only what the input states replaces the answers given so far: a DSL line or flags may name no consensus.
    ...(stated.network.includes("client") ? { client: doc.network.client } : {}),
    ...(stated.network.includes("consensus") ? { consensus: doc.network.consensus } : {}),
    ...(stated.network.includes("chainId") ? { chainId: String(doc.network.chainId) } : {}),
    providers: [...new Set(regions.map((r) => r.provider))],
    regions: regions.map((r) => ({ provider: r.provider, region: r.region })),
    tolerance: toleranceOf(doc),
    packs: doc.compliance.packs.length > 0 ? doc.compliance.packs : current.packs,
    budget: doc.budgetMonthlyUsd !== undefined ? String(doc.budgetMonthlyUsd) : current.budget,
    existing: doc.network.existing ?? false,
  };
  const problems = readAnswers(draft).issues.filter((i) => !["name", "chainId", "budget"].includes(i.field));
  if (problems.length > 0) {
    return { ok: false, message: `The wizard can't use this design: ${[...problems.map((p) => p.message), ...prefixHints(doc)].join(" ")}` };
  }
  const counts: CountEdits = {};
  for (const [key, roles] of countsOf(doc)) {
    counts[key] = Object.fromEntries(NODE_ROLES.map((role) => [role, String(roles[role])]));
  }
  const regionWord = regions.length === 1 ? "region" : "regions";
  return {
    ok: true,
    draft,
    counts,
    warnings: [
      `Filled from QDQ: ${regions.length} ${regionWord} (${regions.map((r) => regionKeyOf(r)).join(", ")}) with the node counts it gives; sizes, deployment types, RPC and member kinds and links are the wizard's proposal.`,
      ...warnings,
    ],
  };
}

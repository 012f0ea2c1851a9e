import type { StructuralDiff } from "@/lib/domain/diff/structural-diff";
import type { TopologyDocument } from "@/lib/domain/schema";
import { ChangeChip } from "./change-chip";
import { ElementDiffItem } from "./element-diff-item";
import { FieldChanges } from "./field-changes";

const SETTING_LABELS: Record<string, string> = {
  name: "Name", description: "Description", network: "Network settings", compliance: "Compliance packs",
  operations: "Operations", budgetMonthlyUsd: "Budget", tags: "Tags",
};

interface Props {
  structure: StructuralDiff;
  older?: TopologyDocument;
  newer?: TopologyDocument;
}

/** Regions, node groups, links and settings that differ, each with its fields before and after. */
export function StructuralDiffList({ structure, older, newer }: Props) {
  const groups = [
    { title: "Regions", items: structure.regions },
    { title: "Node groups", items: structure.nodeGroups },
    { title: "Links", items: structure.links },
  ].filter((g) => g.items.length > 0);
  if (!groups.length && !structure.settings.length) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-6 text-center text-sm text-slate-600">
        {structure.layout ? "Only positions on the canvas moved: the network itself is the same." : "These versions are the same."}
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      {groups.map((g) => (
        <section key={g.title} aria-label={g.title} className="rounded-lg border border-slate-200 bg-white">
          <h3 className="border-b border-slate-200 px-4 py-2 text-sm font-semibold text-slate-800">{g.title} <span className="font-normal text-slate-500">({g.items.length})</span></h3>
          <ul className="divide-y divide-slate-100">
            {g.items.map((d) => <ElementDiffItem key={d.id} diff={d} older={older} newer={newer} />)}
          </ul>
        </section>
      ))}
      {structure.settings.length ? (
        <section aria-label="Settings" className="rounded-lg border border-slate-200 bg-white">
          <h3 className="border-b border-slate-200 px-4 py-2 text-sm font-semibold text-slate-800">Settings <span className="font-normal text-slate-500">({structure.settings.length})</span></h3>
          <ul className="divide-y divide-slate-100">
            {structure.settings.map((s) => (
              <li key={s.field} className="px-4 py-2.5">
                <div className="flex items-center gap-2">
                  <ChangeChip change="changed" />
                  <span className="text-sm text-slate-900">{SETTING_LABELS[s.field] ?? s.field}</span>
                </div>
                <FieldChanges changes={s.changes} caption={`Changes to ${SETTING_LABELS[s.field] ?? s.field}`} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

import type { ElementDiff } from "@/lib/domain/diff/structural-diff";
import type { TopologyDocument } from "@/lib/domain/schema";
import { ChangeChip } from "./change-chip";
import { elementLabel } from "./element-label";
import { FieldChanges } from "./field-changes";

interface Props {
  diff: ElementDiff;
  older?: TopologyDocument;
  newer?: TopologyDocument;
}

/** One added, removed or changed element; a changed one lists its fields, an added or removed one folds them away. */
export function ElementDiffItem({ diff, older, newer }: Props) {
  const label = elementLabel(diff.change === "removed" ? older : newer, diff);
  return (
    <li className="px-4 py-2.5" data-element={diff.id} data-change={diff.change}>
      <div className="flex items-center gap-2">
        <ChangeChip change={diff.change} />
        <span className="min-w-0 truncate text-sm text-slate-900">{label}</span>
      </div>
      {diff.change === "changed" ? (
        <FieldChanges changes={diff.fields} caption={`Fields of ${label}`} />
      ) : (
        <details className="mt-1 text-xs">
          <summary className="cursor-pointer text-slate-600">{diff.fields.length} field{diff.fields.length === 1 ? "" : "s"}</summary>
          <FieldChanges changes={diff.fields} caption={`Fields of ${label}`} />
        </details>
      )}
    </li>
  );
}

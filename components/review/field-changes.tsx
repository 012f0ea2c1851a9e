import type { FieldChange } from "@/lib/domain/diff/field-changes";
import { formatValue } from "./format-change";

/** Field by field, the value before and after: "storage.sizeGB  256 → 512". */
export function FieldChanges({ changes, caption }: { changes: FieldChange[]; caption: string }) {
  if (!changes.length) return null;
  return (
    <table className="mt-1.5 w-full table-fixed text-left text-xs">
      <caption className="sr-only">{caption}</caption>
      <thead className="text-slate-500">
        <tr>
          <th scope="col" className="w-1/4 py-0.5 pr-2 font-medium">Field</th>
          <th scope="col" className="py-0.5 pr-2 font-medium">Before</th>
          <th scope="col" className="py-0.5 font-medium">After</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.path || "value"} className="border-t border-slate-100 align-top">
            <th scope="row" className="py-1 pr-2 font-mono font-normal text-slate-700">{c.path || "value"}</th>
            <td className="break-words py-1 pr-2 font-mono text-slate-600"><span className="sr-only">before: </span>{formatValue(c.before)}</td>
            <td className="break-words py-1 font-mono text-slate-900"><span className="sr-only">after: </span>{formatValue(c.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

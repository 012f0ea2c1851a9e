import { Eye } from "lucide-react";

/** The banner over a designer the member may look at but not change. */
export function ReadOnlyNotice({ reason }: { reason: string }) {
  return (
    <p role="note" data-testid="read-only-notice" className="flex shrink-0 items-center gap-2 border-b border-amber-200 bg-amber-50 px-3 py-1.5 text-sm text-amber-900">
      <Eye size={15} aria-hidden />
      <span>
        <strong className="font-semibold">{reason}.</strong> You can look around and simulate outages; nothing here can be changed or saved.
      </span>
    </p>
  );
}

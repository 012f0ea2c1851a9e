import { Lock } from "lucide-react";

/** A visible explanation of why a section cannot be changed by this member. */
export function ReadOnlyNote({ children, className }: { children: React.ReactNode; className?: string }) {
  return (
    <p role="note" className={`${className ?? ""} flex items-start gap-2 rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700`}>
      <Lock size={15} aria-hidden className="mt-0.5 shrink-0 text-slate-500" />
      <span>{children}</span>
    </p>
  );
}

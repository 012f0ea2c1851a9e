/** One titled box of the comparison summary. */
export function SummaryCard({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section aria-label={title} className="rounded-lg border border-slate-200 bg-white p-4">
      <h3 className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-600">{title}</h3>
      <div className="text-sm text-slate-800">{children}</div>
    </section>
  );
}

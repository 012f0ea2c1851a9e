/** The standard page body: centred, readable width, scrolls on its own under the app header. */
export function Page({ children }: { children: React.ReactNode }) {
  return (
    <div className="min-h-0 flex-1 overflow-y-auto">
      <div className="mx-auto w-full max-w-6xl px-6 py-6">{children}</div>
    </div>
  );
}

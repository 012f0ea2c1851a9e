import { headers } from "next/headers";
import { AppHeader } from "@/components/shell/app-header";
import { PageSessionProvider } from "@/components/shell/page-session-context";
import { Providers } from "@/components/shell/providers";
import { requirePageSession } from "@/lib/server/pages";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const path = (await headers()).get("x-meridian-path") ?? "/topologies";
  const session = await requirePageSession(path);
  return (
    <Providers>
      <PageSessionProvider session={session}>
      <div className="flex h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Skip to content
      </a>
      <AppHeader session={session} />
      <main id="main" className="flex min-h-0 flex-1 flex-col">
        {children}
      </main>
      </div>
      </PageSessionProvider>
    </Providers>
  );
}

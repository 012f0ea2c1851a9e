import { headers } from "next/headers";
import { AppHeader } from "@/components/shell/app-header";
import { Providers } from "@/components/shell/providers";
import { requirePageSession } from "@/lib/server/pages";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const path = (await headers()).get("x-meridian-path") ?? "/topologies";
  const { user, organization, role } = await requirePageSession(path);
  return (
    <Providers>
      <div className="flex h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Skip to content
      </a>
      <AppHeader user={user} organization={organization} role={role} />
      <main id="main" className="flex min-h-0 flex-1 flex-col">
        {children}
      </main>
      </div>
    </Providers>
  );
}

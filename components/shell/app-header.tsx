import { signOutAction } from "@/app/signin/actions";
import type { PageSession } from "@/lib/domain/api";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { NavLinks } from "./nav-links";
import { UserMenu } from "./user-menu";

export function AppHeader({ session }: { session: PageSession }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-6 px-6">
        <a href="/topologies" className="flex items-center gap-2 font-semibold tracking-tight text-slate-900">
          <span aria-hidden className="inline-block h-5 w-5 rounded-full border-2 border-blue-700 bg-[conic-gradient(#0a66c2_0_33%,#c25e00_0_66%,#188038_0)]" />
          Meridian
        </a>
        <NavLinks />
        <div className="ml-auto flex items-center gap-2">
          <NotificationBell />
          <UserMenu session={session} signOut={signOutAction} />
        </div>
      </div>
    </header>
  );
}

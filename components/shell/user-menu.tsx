"use client";

import * as Menu from "@radix-ui/react-dropdown-menu";
import { ChevronDown, LaptopMinimal, LogOut, MonitorX, Settings } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import type { PageSession } from "@/lib/domain/api";
import { MENU_ITEM } from "./menu-styles";
import { OrganizationSwitcher } from "./organization-switcher";
import { SessionsDialog } from "./sessions-dialog";
import { SignOutEverywhereDialog } from "./sign-out-everywhere-dialog";

interface UserMenuProps {
  session: PageSession;
  signOut: () => Promise<void>;
}

/** Who is signed in, in which organisation: the switcher, settings, the user's sessions and both ways of signing out. */
export function UserMenu({ session, signOut }: UserMenuProps) {
  const { user, organization, role } = session;
  const [confirmEverywhere, setConfirmEverywhere] = useState(false);
  const [showSessions, setShowSessions] = useState(false);
  const displayName = user.name ?? user.email ?? "Signed in";
  return (
    <>
      {/* Not modal: a modal menu hides the page from assistive technology while focus can still reach it. */}
      <Menu.Root modal={false}>
        <Menu.Trigger
          aria-label={`Profile and organisation: ${displayName}, ${organization.name}`}
          className="flex items-center gap-2 rounded-md px-2 py-1.5 text-sm text-slate-700 hover:bg-slate-100"
        >
          <span className="text-right leading-tight">
            <span className="block font-medium">{displayName}</span>
            <span className="block text-xs text-slate-600">{organization.name}</span>
          </span>
          <ChevronDown size={14} aria-hidden />
        </Menu.Trigger>
        <Menu.Portal>
          <Menu.Content align="end" sideOffset={6} className="z-50 w-72 rounded-md border border-slate-200 bg-white p-1 text-sm shadow-lg">
            <div className="px-2 py-1.5">
              <p className="truncate font-medium text-slate-900">{user.name ?? user.email}</p>
              {user.name && user.email ? <p className="truncate text-xs text-slate-600">{user.email}</p> : null}
              <p className="mt-0.5 text-xs text-slate-500">
                {role} of {organization.name}
              </p>
            </div>
            <Menu.Separator className="my-1 h-px bg-slate-200" />
            <OrganizationSwitcher session={session} />
            <Menu.Separator className="my-1 h-px bg-slate-200" />
            <Menu.Item className={MENU_ITEM} asChild>
              <Link href="/settings">
                <Settings size={14} aria-hidden /> Organisation settings
              </Link>
            </Menu.Item>
            <Menu.Item className={MENU_ITEM} onSelect={() => setShowSessions(true)}>
              <LaptopMinimal size={14} aria-hidden /> Sessions…
            </Menu.Item>
            <Menu.Separator className="my-1 h-px bg-slate-200" />
            <Menu.Item className={MENU_ITEM} onSelect={() => void signOut()}>
              <LogOut size={14} aria-hidden /> Sign out
            </Menu.Item>
            <Menu.Item className={MENU_ITEM} onSelect={() => setConfirmEverywhere(true)}>
              <MonitorX size={14} aria-hidden /> Sign out everywhere…
            </Menu.Item>
          </Menu.Content>
        </Menu.Portal>
      </Menu.Root>
      <SessionsDialog open={showSessions} onOpenChange={setShowSessions} />
      <SignOutEverywhereDialog open={confirmEverywhere} onOpenChange={setConfirmEverywhere} />
    </>
  );
}

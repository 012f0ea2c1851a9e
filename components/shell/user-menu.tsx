"use client";

import * as Menu from "@radix-ui/react-dropdown-menu";
import { ChevronDown, LogOut } from "lucide-react";

interface UserMenuProps {
  user: { name: string | null; email: string | null };
  organization: { name: string };
  role: string;
  signOut: () => Promise<void>;
}

export function UserMenu({ user, organization, role, signOut }: UserMenuProps) {
  return (
    <Menu.Root>
      <Menu.Trigger className="flex items-center gap-2 rounded-md px-2 py-1.5 text-sm text-slate-700 hover:bg-slate-100">
        <span className="text-right leading-tight">
          <span className="block font-medium">{user.name ?? user.email}</span>
          <span className="block text-xs text-slate-500">{organization.name}</span>
        </span>
        <ChevronDown size={14} aria-hidden />
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content align="end" sideOffset={6} className="z-50 min-w-56 rounded-md border border-slate-200 bg-white p-1 text-sm shadow-lg">
          <div className="px-2 py-1.5 text-xs text-slate-500">
            {user.email}
            <br />
            {organization.name} · {role}
          </div>
          <Menu.Separator className="my-1 h-px bg-slate-200" />
          <Menu.Item
            className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 outline-none data-highlighted:bg-slate-100"
            onSelect={() => void signOut()}
          >
            <LogOut size={14} aria-hidden /> Sign out
          </Menu.Item>
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}

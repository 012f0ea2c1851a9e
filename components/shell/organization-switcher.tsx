"use client";

import * as Menu from "@radix-ui/react-dropdown-menu";
import { Check } from "lucide-react";
import type { PageSession } from "@/lib/domain/api";
import { MENU_ITEM } from "./menu-styles";
import { useSwitchOrganization } from "./use-switch-organization";

/** The user's organisations with their role in each; choosing one makes it the active organisation. */
export function OrganizationSwitcher({ session }: { session: PageSession }) {
  const { switchTo, pending } = useSwitchOrganization();
  return (
    <Menu.Group aria-label="Organisations">
      <Menu.Label className="px-2 pb-1 pt-1.5 text-xs font-medium uppercase tracking-wide text-slate-500">Organisations</Menu.Label>
      <Menu.RadioGroup
        value={session.organization.id}
        onValueChange={(id) => {
          if (id !== session.organization.id) switchTo(id);
        }}
      >
        {session.organizations.map((org) => (
          <Menu.RadioItem key={org.id} value={org.id} disabled={pending || !org.usable} className={MENU_ITEM}>
            <span className="flex w-4 justify-center">
              <Menu.ItemIndicator>
                <Check size={14} aria-hidden />
              </Menu.ItemIndicator>
            </span>
            <span className="min-w-0 flex-1">
              <span className="block truncate">{org.name}</span>
              <span className="block text-xs text-slate-500">
                {org.role}
                {org.usable ? "" : " · requires single sign-on"}
              </span>
            </span>
          </Menu.RadioItem>
        ))}
      </Menu.RadioGroup>
    </Menu.Group>
  );
}

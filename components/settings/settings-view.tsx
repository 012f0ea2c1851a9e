"use client";

import * as Tabs from "@radix-ui/react-tabs";
import { useState } from "react";
import { usePageSession } from "@/components/shell/page-session-context";
import { GeneralSettings } from "./general-settings";
import { InvitationsPanel } from "./invitations-panel";
import { MembersPanel } from "./members-panel";

export type SettingsTab = "general" | "members" | "invitations";

const TAB_LABELS: Record<SettingsTab, string> = { general: "General", members: "Members", invitations: "Invitations" };

/** The active organisation's settings, members and invitations, one tab each (kept in the URL). */
export function SettingsView({ initialTab }: { initialTab: SettingsTab }) {
  const { organization, role } = usePageSession();
  const [tab, setTab] = useState<SettingsTab>(initialTab);
  const select = (next: string) => {
    setTab(next as SettingsTab);
    const url = new URL(window.location.href);
    if (next === "general") url.searchParams.delete("tab");
    else url.searchParams.set("tab", next);
    window.history.replaceState(null, "", url);
  };
  return (
    <section aria-labelledby="settings-heading">
      <div className="mb-5">
        <h1 id="settings-heading" className="text-xl font-semibold tracking-tight">Organisation settings</h1>
        <p className="text-sm text-slate-600">
          {organization.name} · you are {role === "admin" || role === "owner" ? "an" : "a"} {role}
        </p>
      </div>
      <Tabs.Root value={tab} onValueChange={select}>
        <Tabs.List aria-label="Settings" className="mb-5 flex gap-5 border-b border-slate-200">
          {(Object.keys(TAB_LABELS) as SettingsTab[]).map((value) => (
            <Tabs.Trigger
              key={value}
              value={value}
              className="-mb-px rounded-t border-b-2 border-transparent px-1 pb-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 text-sm text-slate-600 hover:text-slate-900 data-[state=active]:border-blue-700 data-[state=active]:font-medium data-[state=active]:text-slate-900"
            >
              {TAB_LABELS[value]}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        <Tabs.Content value="general" className="rounded focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-blue-700">
          <GeneralSettings />
        </Tabs.Content>
        <Tabs.Content value="members" className="rounded focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-blue-700">
          <MembersPanel />
        </Tabs.Content>
        <Tabs.Content value="invitations" className="rounded focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-blue-700">
          <InvitationsPanel />
        </Tabs.Content>
      </Tabs.Root>
    </section>
  );
}

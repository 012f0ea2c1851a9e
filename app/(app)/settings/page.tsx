import type { Metadata } from "next";
import { SettingsView, type SettingsTab } from "@/components/settings/settings-view";
import { Page } from "@/components/ui/page";

export const metadata: Metadata = { title: "Organisation settings" };

const TABS: readonly SettingsTab[] = ["general", "members", "invitations"];

export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ tab?: string }> }) {
  const { tab } = await searchParams;
  const initialTab = TABS.find((t) => t === tab) ?? "general";
  return (
    <Page>
      <SettingsView initialTab={initialTab} />
    </Page>
  );
}

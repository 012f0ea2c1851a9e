import type { Metadata } from "next";
import { Page } from "@/components/ui/page";
import { VersionHistoryView } from "@/components/topologies/version-history-view";

export const metadata: Metadata = { title: "Versions" };

export default async function VersionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <Page>
      <VersionHistoryView id={id} />
    </Page>
  );
}

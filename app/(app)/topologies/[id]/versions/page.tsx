import type { Metadata } from "next";
import { VersionHistoryView } from "@/components/topologies/version-history-view";

export const metadata: Metadata = { title: "Versions" };

export default async function VersionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <VersionHistoryView id={id} />;
}

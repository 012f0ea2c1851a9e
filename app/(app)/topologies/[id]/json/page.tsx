import type { Metadata } from "next";
import { TopologyDetailView } from "@/components/topologies/topology-detail-view";
import { Page } from "@/components/ui/page";

export const metadata: Metadata = { title: "Document JSON" };

export default async function TopologyJsonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <Page>
      <TopologyDetailView id={id} />
    </Page>
  );
}

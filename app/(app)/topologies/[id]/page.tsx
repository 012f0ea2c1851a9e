import type { Metadata } from "next";
import { TopologyDetailView } from "@/components/topologies/topology-detail-view";

export const metadata: Metadata = { title: "Topology" };

export default async function TopologyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <TopologyDetailView id={id} />;
}

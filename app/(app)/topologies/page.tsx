import type { Metadata } from "next";
import { TopologyListView } from "@/components/topologies/topology-list-view";

export const metadata: Metadata = { title: "Topologies" };

export default function TopologiesPage() {
  return <TopologyListView />;
}

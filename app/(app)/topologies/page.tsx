import type { Metadata } from "next";
import { Page } from "@/components/ui/page";
import { TopologyListView } from "@/components/topologies/topology-list-view";

export const metadata: Metadata = { title: "Topologies" };

export default function TopologiesPage() {
  return (
    <Page>
      <TopologyListView />
    </Page>
  );
}

import type { Metadata } from "next";
import { TopologyReviewsView } from "@/components/review/topology-reviews-view";
import { Page } from "@/components/ui/page";

export const metadata: Metadata = { title: "Reviews" };

export default async function TopologyReviewsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <Page>
      <TopologyReviewsView topologyId={id} />
    </Page>
  );
}

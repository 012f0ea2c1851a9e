import type { Metadata } from "next";
import { Designer } from "@/components/designer/designer";
import type { TopologyDetail } from "@/lib/client/topologies";
import { prefetchForPage } from "@/lib/server/page-prefetch";
import { pageParam } from "@/lib/server/pages";
import { getTopology } from "@/lib/server/topologies/get-topology";

export const metadata: Metadata = { title: "Designer" };

export default async function DesignerPage({ params }: { params: Promise<{ id: string }> }) {
  const id = pageParam((await params).id);
  // The design comes with the page, so a large one is on the canvas without a second round trip.
  const initial = await prefetchForPage<TopologyDetail>("topology.read", (actor) => getTopology(actor, id));
  return <Designer topologyId={id} initial={initial} />;
}

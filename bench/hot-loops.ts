// Speed of code that runs in hot loops, measured here rather than asserted in tests: round trips asked
// during validation (1,000 node groups x 10 peers, cached), and the canvas's region rectangles computed on
// every render (1,000 groups in 100 regions).

import { regionRects } from "@/components/canvas/geometry";
import { listRegions } from "@/lib/domain/catalog";
import { rtt } from "@/lib/domain/latency";
import { generateTopology } from "./generate-topology";
import { log, timeSync } from "./stats";

export async function hotLoopsBench() {
  log("hotLoops: round trips");
  const refs = listRegions().map((r) => ({ provider: r.provider, id: r.id }));
  const groups = Array.from({ length: 1000 }, (_, i) => refs[(i * 7) % refs.length]!);
  const roundTrips = timeSync(() => {
    let sum = 0;
    for (let g = 0; g < groups.length; g++) for (let p = 1; p <= 10; p++) sum += rtt(groups[g]!, groups[(g + p * 37) % groups.length]!).rttMs;
    return sum;
  }, 20, 3);
  log("hotLoops: canvas region rectangles");
  const doc = generateTopology(1000);
  const counts = new Map<string, number>();
  for (const g of doc.nodeGroups) counts.set(g.regionId, (counts.get(g.regionId) ?? 0) + 1);
  const rects = timeSync(() => regionRects(doc, counts), 100, 20);
  return {
    roundTrips10k: { ...roundTrips, goal: "under 10 ms for 10,000 cached round trips" },
    regionRects1000Groups: { ...rects, goal: "under 1 ms per render" },
  };
}

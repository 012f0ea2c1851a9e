// Cost-model speed: priceTopology() at 1,000 and 4,000 node groups; the ratio shows whether it grows linearly.

import { priceTopology } from "@/lib/domain/cost";
import { generateTopology } from "./generate-topology";
import { log, round, timeSync } from "./stats";

export async function costBench() {
  const rows = [];
  for (const groups of [1_000, 4_000]) {
    const doc = generateTopology(groups, 30);
    log(`cost: ${groups} groups`);
    const t = timeSync(() => priceTopology(doc), 40, 10);
    rows.push({ nodeGroups: groups, regions: doc.regions.length, ...t, totalMonthlyUsd: round(priceTopology(doc).totalMonthlyUsd, 0) });
  }
  const [small, large] = rows;
  return {
    rows,
    ratio4kTo1k: small && large ? round(large.medianMs / small.medianMs, 2) : null,
    note: "30 regions across the three clouds; a ratio near 4 means linear growth in node groups",
  };
}

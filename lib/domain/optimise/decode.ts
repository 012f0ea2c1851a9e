// A solution's column values back into a placement and a topology document.

import type { RegionKey } from "../region-key";
import type { TopologyDocument } from "../schema";
import type { Instance } from "./instance";
import { b, r, x } from "./model";
import { placementDocument, type RegionPlacement } from "./placement";

export function decodePlacement(instance: Instance, values: ReadonlyMap<string, number>): RegionPlacement[] {
  const count = (name: string) => Math.round(values.get(name) ?? 0);
  const out: RegionPlacement[] = [];
  instance.candidates.forEach((c, i) => {
    const validators = count(x(i));
    if (validators > 0) out.push({ key: c.key, validators, bootnodes: count(b(i)), rpc: count(r(i)) });
  });
  // The region with most validators is the primary; ties keep catalog order.
  return out.sort((p, q) => q.validators - p.validators);
}

export function placementKeys(placement: readonly RegionPlacement[]): RegionKey[] {
  return placement.map((p) => p.key);
}

export function designDocument(instance: Instance, placement: readonly RegionPlacement[]): TopologyDocument {
  const { spec } = instance;
  return placementDocument(
    {
      name: spec.name,
      description: `Placed by the optimiser: ${placement.reduce((s, p) => s + p.validators, 0)} validators in ${placement.length} region${placement.length === 1 ? "" : "s"}.`,
      client: spec.client, consensus: spec.consensus, chainId: spec.chainId, packs: spec.packs,
      ...(spec.budgetUsdMonth !== undefined ? { budgetUsdMonth: spec.budgetUsdMonth } : {}),
    },
    placement,
  );
}

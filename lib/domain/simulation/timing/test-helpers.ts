// Rounds on a document's network with every delay pinned, so tests can check results worked out by hand.

import type { TopologyDocument } from "../../schema";
import { Z_95 } from "../delay";
import { buildSimulationNetwork, type SimulationNetwork } from "../network";
import { DelayField, type NormalSource } from "./delay-field";
import { buildRegionPaths } from "./paths";
import { RoundWorkspace } from "./workspace";

/** Every draw at the 95th percentile: each one-way delay is exactly half the model's P95 round trip. */
export const AT_P95: NormalSource = { normal: () => Z_95 };

export function workspaceFor(doc: TopologyDocument): { network: SimulationNetwork; ws: RoundWorkspace; counts: Float64Array; regionIndex: (id: string) => number } {
  const network = buildSimulationNetwork(doc);
  const endpoints = network.validatorsPerRegion.flatMap((v, i) => (v > 0 ? [i] : []));
  const paths = buildRegionPaths(network, endpoints, {}, network.consensus !== "raft");
  const ws = new RoundWorkspace(new DelayField(network, paths), network.regions.length);
  return { network, ws, counts: Float64Array.from(network.validatorsPerRegion), regionIndex: (id) => network.regions.findIndex((r) => r.id === id) };
}

// The designs the engine's equivalence tests run: every marketplace template, the benchmark's generated
// networks at several sizes and shapes, and seeded random designs, each under a few option sets. Anything
// that makes validation faster or incremental must give exactly the same findings on all of them.

import { produce } from "immer";
import { generateTopology, withDenseLinks } from "@/bench/generate-topology";
import { TEMPLATES } from "../../templates";
import type { TopologyDocument } from "../../schema";
import { DEFAULT_SERVICES } from "../services";
import type { OrgPolicy, ValidationOptions } from "../types";
import { randomDesign } from "./random-design";

export interface CorpusCase {
  name: string;
  options: ValidationOptions;
  doc(): TopologyDocument;
}

const COMPLIANCE: ValidationOptions = { packs: ["gdpr", "hipaa", "soc2"] };

const STRICT_POLICY: OrgPolicy = {
  allowedProviders: ["azure", "aws"],
  allowedRegions: ["azure:westeurope", "azure:northeurope", "aws:eu-west-1", "aws:us-east-1", "azure:eastus"],
  budgetMonthlyUsd: 2_000,
  requiredTags: ["cost-center", "owner"],
  requiredTolerance: "provider",
  approvalsRequired: 0,
};

const REGION_POLICY: OrgPolicy = { requiredTolerance: "region", approvalsRequired: 2, budgetMonthlyUsd: 1_000_000 };

/** Round trips six times the model's, so consensus rounds outlast block periods and the latency rule speaks. */
const SLOW_LINKS: ValidationOptions = {
  services: {
    rtt: (a, b) => {
      const hit = DEFAULT_SERVICES.rtt(a, b);
      return { ...hit, rttMs: hit.rttMs * 6 };
    },
  },
};

export const OPTION_SETS: Readonly<Record<string, ValidationOptions>> = {
  default: {},
  compliance: COMPLIANCE,
  strict: { ...COMPLIANCE, policy: STRICT_POLICY },
  region: { policy: REGION_POLICY },
  slow: SLOW_LINKS,
};

/** The generated network with a VPN from each of the first `linked` regions to the next: clouds that reach each other. */
export function linkedTopology(groups: number, linked = 12): TopologyDocument {
  return produce(generateTopology(groups), (d) => {
    const ends = d.regions.slice(0, linked);
    for (let i = 1; i < ends.length; i++) d.links.push({ id: `vpn-${i}`, from: ends[i - 1]!.id, to: ends[i]!.id, kind: "vpn" });
  });
}

function reshaped(groups: number, change: (d: TopologyDocument) => void, regions?: number): () => TopologyDocument {
  return () => produce(generateTopology(groups, regions), change);
}

const GENERATED: [string, () => TopologyDocument][] = [
  ...[10, 100, 1_000, 3_000, 10_000].map((n): [string, () => TopologyDocument] => [`generated-${n}`, () => generateTopology(n)]),
  ["linked-300", () => linkedTopology(300)],
  ["linked-1000", () => linkedTopology(1_000, 100)],
  ["hub-spoke-300", reshaped(300, (d) => { d.network.topology = "hub-spoke"; d.network.hubRegionId = "r0"; })],
  ["mesh-150", reshaped(150, (d) => { d.network.topology = "mesh"; })],
  ["raft-200", reshaped(200, (d) => { d.network.client = "goquorum"; d.network.consensus = "raft"; })],
  ["budget-500", reshaped(500, (d) => { d.budgetMonthlyUsd = 10_000; d.compliance.packs = ["soc2"]; })],
  ["dense-links-300", () => withDenseLinks(generateTopology(300, 30), 250)],
  ["dense-links-wan-200", () => withDenseLinks(reshaped(200, (d) => { d.network.topology = "hub-spoke"; d.network.hubRegionId = "r0"; }, 24)(), 400)],
  ["dense-links-raft-150", () => withDenseLinks(reshaped(150, (d) => { d.network.client = "goquorum"; d.network.consensus = "raft"; }, 20)(), 120)],
];

/** Every case: name, options and a builder for the document (built when the test needs it). */
export function corpus(): CorpusCase[] {
  const cases: CorpusCase[] = [];
  const add = (name: string, doc: () => TopologyDocument, sets: readonly string[]) => {
    for (const set of sets) cases.push({ name: `${name} [${set}]`, options: OPTION_SETS[set]!, doc });
  };
  for (const t of TEMPLATES) add(`template ${t.slug}`, () => t.document, Object.keys(OPTION_SETS));
  for (const [name, doc] of GENERATED) add(name, doc, name === "generated-10000" ? ["default"] : Object.keys(OPTION_SETS));
  for (let seed = 1; seed <= 60; seed++) add(`random ${seed}`, () => randomDesign(seed), [["default", "compliance", "strict", "region", "slow"][seed % 5]!]);
  return cases;
}

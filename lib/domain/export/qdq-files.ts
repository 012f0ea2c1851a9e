// The qdq/ folder: the design in Quorum Dev Quickstart's own forms, its EnhancedTopologyFile and the three
// one-line DSLs, so QDQ can take the design over.

import { toEnhancedTopologyFile, toQdqDsl } from "../qdq";
import type { TopologyDocument } from "../schema";
import type { ExportFile } from "./types";

export function qdqFiles(doc: TopologyDocument): { files: ExportFile[]; warnings: string[] } {
  const warnings: string[] = [];
  const etf = toEnhancedTopologyFile(doc, warnings);
  const dsl = toQdqDsl(doc, warnings);
  const dslText = [
    "# Quorum Dev Quickstart's one-line forms of this design:",
    "# npx quorum-dev-quickstart --azureRegionalDistribution \"$(sed -n 's/^distribution=//p' topology.dsl)\" ...",
    `distribution=${dsl.distribution}`,
    `deploymentMap=${dsl.deploymentMap}`,
    `placement=${dsl.placement}`,
  ].join("\n");
  return {
    files: [
      { path: "qdq/topology.json", contents: `${JSON.stringify(etf, null, 2)}\n`, kind: "qdq" },
      { path: "qdq/topology.dsl", contents: `${dslText}\n`, kind: "qdq" },
    ],
    warnings: warnings.map((w) => `qdq: ${w}`),
  };
}

// QDQ (Quorum Dev Quickstart) interop: import its regional topology file, its TopologyFile and resolved
// parameters, its DSLs and its command-line flags into a topology document, bring an import into an open
// design (replace or merge), and write a document back in QDQ's forms.

export { QdqImportError, type QdqIssue } from "./errors";
export { importQdq, detectQdqFormat, type ImportQdqOptions, type QdqFormat } from "./import-qdq";
export { importEnhancedTopologyFile } from "./import-enhanced";
export { importTopologyParameters } from "./import-parameters";
export { importQdqDsl, type QdqDslInput } from "./import-dsl";
export {
  parseDistributionDsl, parseDeploymentMapDsl, parsePlacementDsl,
  type DistributionRegion, type DistributionNode, type PlacementEntry, type DeploymentMap,
} from "./dsl";
export { toEnhancedTopologyFile } from "./export-enhanced";
export { toQdqDsl } from "./export-dsl";
export type { QdqImportOptions, QdqImportResult, StatedSettings } from "./plan";
export { mergeInto, type ImportMode, type ImportedDesign, type MergeResult } from "./merge-into";
export { readDesignFile, type DesignFile } from "./read-design-file";
export { parseQdqFlagText } from "./import-qdq";
export type * from "./qdq-types";
export { DEFAULT_VM_SIZE, deploymentTypeOn, formatQdqRegionKey } from "./providers";

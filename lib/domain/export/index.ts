// The export entry point: node keys, then each chosen target's files, then the bundle's README.md,
// manifest.json and SHA256SUMS. Pure and deterministic for a given `random`, so the server, the browser and
// the CLI produce the same bundle; zipExport (./zip) packs it.

import type { TopologyDocument } from "../schema";
import { legacyExportRefusal, releasePlan, statusSentence } from "../support";
import { bundleReadme } from "./bundle-readme";
import { nodeKeysFor, type NodeKeys } from "./identities";
import { cryptoRandom } from "./keys";
import { keyFiles } from "./keys-files";
import { buildManifest, byPath, checksumsFile, manifestFile } from "./manifest";
import { expandNodes } from "./nodes";
import { targetFiles } from "./target-files";
import { planNetwork, type NetworkPlan } from "./terraform/plan";
import { EXPORT_TARGETS, ExportError, type ExportFile, type ExportOptions, type ExportResult, type ExportTarget } from "./types";

export function buildExport(doc: TopologyDocument, options: ExportOptions): ExportResult {
  const targets = normaliseTargets(options.targets);
  // The QDQ files describe the design and monitoring watches it; every other target deploys nodes and needs their keys.
  const needsKeys = targets.some((t) => t !== "qdq" && t !== "monitoring");
  // A new design on software current releases refuse would deploy something that does not start (or is
  // unmaintained): only a design marked as an existing network keeps the last release that runs it.
  const refusal = needsKeys ? legacyExportRefusal(doc) : undefined;
  if (refusal) throw new ExportError(refusal);
  const steps = [...(needsKeys ? ["node keys"] : []), ...targets.map((t) => `${t} files`), "README, manifest and checksums"];
  let done = 0;
  const step = (label: string) => options.onProgress?.({ done, total: steps.length, label });
  const finish = () => (done += 1);

  const warnings: string[] = [];
  const warn = (w: string) => void (warnings.includes(w) ? undefined : warnings.push(w));
  let keys: NodeKeys[] = [];
  if (needsKeys) {
    step("node keys");
    keys = nodeKeysFor(doc, options.keys, options.random ?? cryptoRandom);
    finish();
  } else if (options.keys?.mode === "supplied" && Object.keys(options.keys.nodeKeys).length > 0) {
    warn("keys: the qdq target needs no node keys; the supplied keys were not used");
  }

  let plan: NetworkPlan | undefined;
  const sharedPlan = () => (plan ??= planNetwork(doc, needsKeys ? keys.map((k) => k.node) : expandNodes(doc)));
  const files: ExportFile[] = [];
  for (const target of targets) {
    step(`${target} files`);
    const out = targetFiles(target, { doc, keys, plan: sharedPlan });
    files.push(...out.files);
    out.warnings.forEach(warn);
    finish();
  }
  if (targets.includes("terraform") || targets.includes("helm")) sharedPlan();
  if (needsKeys) files.push(...keyFiles(keys));
  if (needsKeys) {
    const releases = releasePlan(doc);
    for (const entry of releases.legacy) {
      warn(`support: ${statusSentence(entry)}; kept for this existing network, the bundle pins ${releases.client.repository}:${releases.client.tag}`);
    }
  }
  if (needsKeys && doc.network.consensus !== "raft" && !keys.some((k) => k.node.role === "validator")) {
    warn(`genesis: the network has no validators, so ${doc.network.consensus} cannot produce blocks`);
  }

  step("README, manifest and checksums");
  assertUniquePaths(files);
  const nodes = keys.map((k) => k.identity);
  const readme: ExportFile = { path: "README.md", contents: bundleReadme({ doc, targets, files, nodes, warnings, ...(plan ? { plan } : {}) }), kind: "readme" };
  const listed = [...files, readme].sort(byPath);
  const manifest = buildManifest({ doc, targets, nodes, files: listed, warnings });
  const withManifest = [...listed, manifestFile(manifest)];
  const all = [...withManifest, checksumsFile(withManifest)].sort(byPath);
  finish();
  options.onProgress?.({ done, total: steps.length, label: "done" });
  return { files: all, manifest, nodes: manifest.nodes, warnings };
}

/** Known targets, each once, in the canonical order (terraform, helm, compose, genesis, qdq, monitoring). */
export function normaliseTargets(targets: readonly string[]): ExportTarget[] {
  const unknown = targets.filter((t) => !(EXPORT_TARGETS as readonly string[]).includes(t));
  if (unknown.length > 0) throw new ExportError(`unknown export target${unknown.length === 1 ? "" : "s"} ${unknown.map((t) => `'${t}'`).join(", ")} (targets: ${EXPORT_TARGETS.join(", ")})`);
  const chosen = EXPORT_TARGETS.filter((t) => targets.includes(t));
  if (chosen.length === 0) throw new ExportError(`choose at least one export target (${EXPORT_TARGETS.join(", ")})`);
  return chosen;
}

function assertUniquePaths(files: readonly ExportFile[]): void {
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.path)) throw new Error(`two generators wrote ${f.path}`);
    seen.add(f.path);
  }
}

export { EXPORT_TARGETS, ExportError } from "./types";
export type { ExportFile, ExportManifest, ExportOptions, ExportProgress, ExportResult, ExportTarget, KeyOptions, NodeIdentity } from "./types";
export { buildGenesis, genesisText, type GenesisOptions } from "./genesis";
export { decodeExtraData, encodeExtraData } from "./rlp/extra-data";
export { inspectNodeKey, parseAddress, toChecksumAddress } from "./keys";

// The bundle's integrity files: manifest.json (what the bundle is, its nodes' public facts and the SHA-256
// of every file) and SHA256SUMS (the same digests in the format `sha256sum -c SHA256SUMS` checks).

import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { digestOf } from "../canonical";
import type { TopologyDocument } from "../schema";
import { imageRef, privateMemberGroups, releasePlan } from "../support";
import type { ExportFile, ExportManifest, ExportTarget, ManifestEntry, NodeIdentity } from "./types";

export const MANIFEST_PATH = "manifest.json";
export const CHECKSUMS_PATH = "SHA256SUMS";

export function fileBytes(file: ExportFile): Uint8Array {
  return typeof file.contents === "string" ? utf8ToBytes(file.contents) : file.contents;
}

export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

export function byPath(a: { readonly path: string }, b: { readonly path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

export interface ManifestInput {
  readonly doc: TopologyDocument;
  readonly targets: readonly ExportTarget[];
  readonly nodes: readonly NodeIdentity[];
  /** Every file except manifest.json and SHA256SUMS. */
  readonly files: readonly ExportFile[];
  readonly warnings: readonly string[];
}

export function buildManifest(input: ManifestInput): ExportManifest {
  const { doc } = input;
  const files: ManifestEntry[] = [...input.files].sort(byPath).map((f) => {
    const bytes = fileBytes(f);
    return { path: f.path, sha256: sha256Hex(bytes), bytes: bytes.length, kind: f.kind, sensitive: f.sensitive === true };
  });
  return {
    format: "meridian-export/1",
    network: { name: doc.name, client: doc.network.client, consensus: doc.network.consensus, chainId: doc.network.chainId },
    documentDigest: digestOf(doc),
    targets: [...input.targets],
    // Copied field by field: only the public facts of a node, whatever the caller's objects carry.
    nodes: input.nodes.map(({ name, role, groupId, regionId, address, publicKey, enode }) => ({ name, role, groupId, regionId, address, publicKey, enode })),
    files,
    warnings: [...input.warnings],
    ...(input.targets.some((t) => t !== "qdq") ? { software: software(doc) } : {}),
  };
}

function software(doc: TopologyDocument): NonNullable<ExportManifest["software"]> {
  const plan = releasePlan(doc);
  const tessera = plan.tessera && privateMemberGroups(doc).length > 0 ? { tessera: imageRef(plan.tessera) } : {};
  return { client: imageRef(plan.client), ...tessera, legacy: plan.legacy.map((e) => e.id) };
}

export function manifestFile(manifest: ExportManifest): ExportFile {
  return { path: MANIFEST_PATH, contents: `${JSON.stringify(manifest, null, 2)}\n`, kind: "manifest" };
}

/** `<sha256>  <path>` per file, sorted by path, as GNU sha256sum writes them (two spaces: text mode). */
export function checksumsFile(files: readonly ExportFile[]): ExportFile {
  const lines = [...files].sort(byPath).map((f) => `${sha256Hex(fileBytes(f))}  ${f.path}`);
  return { path: CHECKSUMS_PATH, contents: `${lines.join("\n")}\n`, kind: "manifest" };
}

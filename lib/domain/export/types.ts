// Shapes of an export: what the caller asks for and what comes back. Private keys appear only in file
// contents under keys/ (marked `sensitive`), never in NodeIdentity or the manifest.

import type { NodeRole } from "../schema";

export const EXPORT_TARGETS = ["terraform", "helm", "compose", "genesis", "qdq", "monitoring"] as const;
export type ExportTarget = (typeof EXPORT_TARGETS)[number];

/** What a file is, so a UI can group and label files; `keys` files are secrets. */
export type ExportFileKind =
  | "terraform" | "machine" | "helm" | "kubernetes" | "compose" | "genesis" | "keys" | "qdq" | "monitoring" | "readme" | "manifest" | "script";

export interface ExportFile {
  /** Forward-slash path inside the bundle: `terraform/azure/main.tf`. */
  readonly path: string;
  readonly contents: string | Uint8Array;
  readonly kind: ExportFileKind;
  /** Holds private key material: mask in previews, 0600 in the zip. */
  readonly sensitive?: boolean;
  /** A shell script: executable in the zip. */
  readonly executable?: boolean;
}

/** Node keys: generated at export time, or the user's own (hex secp256k1 private keys by node name). */
export type KeyOptions = { readonly mode: "generate" } | { readonly mode: "supplied"; readonly nodeKeys: Readonly<Record<string, string>> };

export interface ExportProgress {
  readonly done: number;
  readonly total: number;
  readonly label: string;
}

export interface ExportOptions {
  readonly targets: readonly ExportTarget[];
  /** Default: generate every key. With `supplied`, nodes without a key in the map get a generated one. */
  readonly keys?: KeyOptions;
  /** Source of randomness (n bytes); default crypto.getRandomValues. Inject a seeded one for golden tests. */
  readonly random?: (length: number) => Uint8Array;
  readonly onProgress?: (step: ExportProgress) => void;
}

/** One running node of the network: public facts only, safe for audit events and logs. */
export interface NodeIdentity {
  /** `validator-eastus-1`: role, region id, ordinal within that role and region. */
  readonly name: string;
  readonly role: NodeRole;
  readonly groupId: string;
  readonly regionId: string;
  /** EIP-55 checksummed account address of the node key (what genesis extraData lists for validators). */
  readonly address: string;
  /** 128 hex digits, no 0x: the uncompressed secp256k1 public key without its 04 prefix (the enode id). */
  readonly publicKey: string;
  /** `enode://<publicKey>@<node>.<network>.internal:30303`: the node's cross-region DNS name; targets use local addresses inside a cluster. */
  readonly enode: string;
}

export interface ManifestEntry {
  readonly path: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly kind: ExportFileKind;
  readonly sensitive: boolean;
}

export interface ExportManifest {
  readonly format: "meridian-export/1";
  readonly network: { readonly name: string; readonly client: string; readonly consensus: string; readonly chainId: number };
  /** SHA-256 of the document's canonical JSON: ties the bundle to one design version. */
  readonly documentDigest: string;
  readonly targets: readonly ExportTarget[];
  readonly nodes: readonly NodeIdentity[];
  /** Every file of the bundle except manifest.json and SHA256SUMS themselves, sorted by path. */
  readonly files: readonly ManifestEntry[];
  readonly warnings: readonly string[];
  /** The images the bundle runs, and the support entries that hold them back from current releases. */
  readonly software?: { readonly client: string; readonly tessera?: string; readonly legacy: readonly string[] };
}

export interface ExportResult {
  /** Sorted by path; includes README.md, manifest.json and SHA256SUMS. */
  readonly files: readonly ExportFile[];
  readonly manifest: ExportManifest;
  readonly nodes: readonly NodeIdentity[];
  /** What the generators simplified or could not express (also listed in the README). */
  readonly warnings: readonly string[];
}

/** A document the exporters cannot render (an address plan that does not fit, a bad supplied key). */
export class ExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExportError";
  }
}

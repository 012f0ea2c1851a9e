import type { z } from "zod";
import { CURRENT_SCHEMA_VERSION, TopologyDocumentSchema, type TopologyDocument } from "./document";

/** A step that takes a document of version N (as plain JSON) to version N + 1. */
export type DocumentMigration = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations keyed by the version they start from. Every change of the document's shape adds one
 * entry here (and bumps CURRENT_SCHEMA_VERSION), so stored versions and templates keep loading.
 */
export const DOCUMENT_MIGRATIONS: Readonly<Record<number, DocumentMigration>> = {};

export class DocumentVersionError extends Error {}

/** Brings a stored or imported document up to the current schema version, without validating it. */
export function upgradeDocument(
  raw: unknown,
  migrations: Readonly<Record<number, DocumentMigration>> = DOCUMENT_MIGRATIONS,
  target: number = CURRENT_SCHEMA_VERSION,
): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  let doc = raw as Record<string, unknown>;
  let version = doc.schemaVersion;
  if (version === undefined) return raw; // let the schema say what is missing
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    throw new DocumentVersionError(`schemaVersion must be a positive integer, got ${JSON.stringify(version)}`);
  }
  if (version > target) {
    throw new DocumentVersionError(
      `this document has schemaVersion ${version}, newer than the ${target} this version of Meridian understands`,
    );
  }
  while (version < target) {
    const step = migrations[version];
    if (!step) throw new DocumentVersionError(`no migration from schemaVersion ${version}`);
    doc = { ...step(doc), schemaVersion: version + 1 };
    version += 1;
  }
  return doc;
}

/** A stored document (a saved version, a published template) that no longer reads: data damage, not user error. */
export class StoredDocumentError extends Error {
  override name = "StoredDocumentError";
  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(`The stored document of ${source} does not read as a topology: ${problems.join("; ")}`);
  }
}

/**
 * The door for documents read back from storage: upgraded, then parsed with the schema, so every reader gets
 * a checked TopologyDocument (defaults applied) or an error naming what was stored where (`source`, such
 * as "topology tp_1 version 3").
 */
export function readStoredDocument(raw: unknown, source: string): TopologyDocument {
  let upgraded: unknown;
  try {
    upgraded = upgradeDocument(raw);
  } catch (error) {
    if (error instanceof DocumentVersionError) throw new StoredDocumentError(source, [error.message]);
    throw error;
  }
  const parsed = TopologyDocumentSchema.safeParse(upgraded);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "(document)"}: ${i.message}`);
  if (parsed.error.issues.length > 5) problems.push(`and ${parsed.error.issues.length - 5} more`);
  throw new StoredDocumentError(source, problems);
}

/** Upgrades, then validates: the one way a document enters the system. */
export function parseDocument(raw: unknown): z.ZodSafeParseResult<TopologyDocument> {
  return TopologyDocumentSchema.safeParse(upgradeDocument(raw));
}

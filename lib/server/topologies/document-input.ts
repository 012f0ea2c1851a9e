import { createHash } from "node:crypto";
import { digestOf } from "@/lib/domain/canonical";
import { DocumentVersionError, formatIssues, parseDocument, type TopologyDocument } from "@/lib/domain/schema";
import { validate, type OrgPolicy } from "@/lib/domain/rules";
import type { ValidationCounts } from "@/lib/domain/api";
import { BadRequestError } from "../errors";

const nativeSha256Hex = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

export interface CheckedDocument {
  document: TopologyDocument;
  digest: string;
  validation: ValidationCounts;
}

/**
 * Upgrades and validates an incoming document; the rule engine's counts (under the organisation's
 * policy) are stored with the version.
 */
export function checkDocument(raw: unknown, policy?: OrgPolicy): CheckedDocument {
  let parsed;
  try {
    parsed = parseDocument(raw);
  } catch (error) {
    if (error instanceof DocumentVersionError) throw new BadRequestError(error.message, [{ path: "document.schemaVersion", message: error.message }]);
    throw error;
  }
  if (!parsed.success) {
    const issues = formatIssues(parsed.error).map((i) => ({ ...i, path: i.path === "(document)" ? "document" : `document.${i.path}` }));
    throw new BadRequestError("The topology document is not valid.", issues);
  }
  const document = parsed.data;
  const { summary } = validate(document, policy ? { policy } : {});
  return {
    document,
    digest: digestOf(document, nativeSha256Hex),
    validation: { errors: summary.errors, warnings: summary.warnings, infos: summary.infos },
  };
}

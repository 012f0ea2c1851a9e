import { parse as parseHcl } from "@cdktf/hcl2json";
import type { ExportRequestBody, VerifySummary } from "@/lib/domain/api";
import { buildExport } from "@/lib/domain/export";
import { fileBytes, MANIFEST_PATH, sha256Hex } from "@/lib/domain/export/manifest";
import { ExportError } from "@/lib/domain/export/types";
import { zipExport } from "@/lib/domain/export/zip";
import { summarizeReport, verifyBundle } from "@/lib/domain/verify";
import { appendAuditEvent } from "../audit/append";
import { downloadSlug } from "../http/download-name";
import type { ActorContext } from "../context";
import { BadRequestError, NotFoundError } from "../errors";
import { assertExportApproved } from "../reviews/approvals";
import { findOwnTopology } from "./find";
import { getVersion } from "./get-topology";

export interface ExportedBundle {
  zip: Uint8Array;
  fileName: string;
  version: number;
  manifestSha256: string;
  fileCount: number;
  warnings: readonly string[];
  /** verify-bundle's verdict on this very bundle: can every validator and bootnode reach the others it must? */
  verification: VerifySummary;
}

/**
 * Builds the deployment bundle of one saved version and records the export. Node keys exist only in
 * the returned zip: the audit event carries node names and addresses, never a private key, and
 * nothing of the bundle is stored. A production topology's version is exported only with the
 * approvals the organisation requires, on that exact version (403 otherwise, nothing recorded).
 */
export async function exportTopology(ctx: ActorContext, topologyId: string, input: ExportRequestBody): Promise<ExportedBundle> {
  const topology = await findOwnTopology(ctx, topologyId);
  const versionNumber = input.version ?? topology.currentVersion;
  if (versionNumber > topology.currentVersion) throw new NotFoundError(`Version ${versionNumber}`);
  const { document } = await getVersion(ctx, topologyId, versionNumber);
  await assertExportApproved(ctx, topology, versionNumber);

  let result;
  try {
    result = buildExport(document, { targets: input.targets, keys: input.keys });
  } catch (error) {
    // A design the generators cannot render (an address plan that does not fit, a bad supplied key).
    if (error instanceof ExportError) throw new BadRequestError(`This design cannot be exported: ${error.message}`);
    throw error;
  }
  const manifest = result.files.find((f) => f.path === MANIFEST_PATH);
  const manifestSha256 = manifest ? sha256Hex(fileBytes(manifest)) : "";
  const zip = zipExport(result);
  // Checked from the bundle's own files (never the design), before anyone deploys it.
  const verification = summarizeReport(await verifyBundle(result.files.filter((f) => !f.sensitive), (name, text) => parseHcl(name, text) as Promise<Record<string, unknown>>));

  await ctx.db.$transaction((tx) =>
    appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actor: ctx.user,
      action: "topology.export",
      targetType: "topology",
      targetId: topologyId,
      requestId: ctx.requestId,
      afterDigest: result.manifest.documentDigest,
      data: {
        version: versionNumber,
        targets: [...result.manifest.targets],
        keys: input.keys.mode,
        manifestSha256,
        files: result.files.length,
        nodes: result.nodes.map((n) => ({ name: n.name, role: n.role, address: n.address })),
        connectivity: { ok: verification.ok, pairs: verification.pairs, broken: verification.brokenCount },
      },
    }),
  );
  return {
    zip,
    fileName: `${downloadSlug(topology.name, "network")}-v${versionNumber}.zip`,
    version: versionNumber,
    manifestSha256,
    fileCount: result.files.length,
    warnings: result.warnings,
    verification,
  };
}


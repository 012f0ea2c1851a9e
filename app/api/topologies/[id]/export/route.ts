import { ExportRequestBody } from "@/lib/domain/api";
import { readJsonBody } from "@/lib/server/http/body";
import { downloadResponse } from "@/lib/server/http/download";
import { withActor } from "@/lib/server/http/route";
import { exportTopology } from "@/lib/server/topologies/export-topology";

/** Builds and downloads the deployment bundle (zip) of a saved version; the export is audited. */
export const POST = withActor<{ id: string }>("topology.export", async (request, actor, { id }) => {
  const bundle = await exportTopology(actor, id, await readJsonBody(request, ExportRequestBody));
  return downloadResponse({
    body: bundle.zip,
    filename: bundle.fileName,
    contentType: "application/zip",
    headers: {
      "x-export-version": String(bundle.version),
      "x-export-manifest-sha256": bundle.manifestSha256,
      "x-export-files": String(bundle.fileCount),
      "x-export-warnings": String(bundle.warnings.length),
      // verify-bundle's summary, for the dialog to show before the download (base64url JSON).
      "x-export-verify": Buffer.from(JSON.stringify(bundle.verification)).toString("base64url"),
    },
  });
});

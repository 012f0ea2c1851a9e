import { ReportQuery, VersionNumberParam } from "@/lib/domain/api";
import { parseWith, readQuery } from "@/lib/server/http/body";
import { withActor } from "@/lib/server/http/route";
import { complianceReport, complianceReportPdf } from "@/lib/server/reviews/compliance-report";

/** `?format=json|pdf`: the version's compliance report. It carries the audit trail, so it needs audit.read. */
export const GET = withActor<{ id: string; number: string }>("audit.read", async (request, actor, params) => {
  const number = parseWith(VersionNumberParam, params.number, "The version number is not valid.");
  const { format } = readQuery(request, ReportQuery);
  if (format === "json") return complianceReport(actor, params.id, number);
  const { pdf, fileName } = await complianceReportPdf(actor, params.id, number);
  return new Response(Buffer.from(pdf), {
    status: 200,
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${fileName}"`,
      "content-length": String(pdf.byteLength),
      "cache-control": "no-store",
    },
  });
});

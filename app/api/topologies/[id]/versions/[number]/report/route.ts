import { ReportQuery, VersionNumberParam } from "@/lib/domain/api";
import { readPathParam, readQuery } from "@/lib/server/http/body";
import { downloadResponse } from "@/lib/server/http/download";
import { withActor } from "@/lib/server/http/route";
import { complianceReport, complianceReportPdf } from "@/lib/server/reviews/compliance-report";

/** `?format=json|pdf`: the version's compliance report. It carries the audit trail, so it needs audit.read. */
export const GET = withActor<{ id: string; number: string }>("audit.read", async (request, actor, params) => {
  const number = readPathParam(params, "number", VersionNumberParam);
  const { format } = readQuery(request, ReportQuery);
  if (format === "json") return complianceReport(actor, params.id, number);
  const { pdf, fileName } = await complianceReportPdf(actor, params.id, number);
  return downloadResponse({ body: pdf, filename: fileName, contentType: "application/pdf" });
});

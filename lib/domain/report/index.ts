export * from "./types";
export { buildComplianceReport } from "./build-report";
export { renderReportPdf } from "./render-pdf";

export * from "./types";
export { buildComplianceReport } from "./build-report";
export { REPORT_AVAILABILITY_TRIALS } from "./availability-section";
export { renderReportPdf } from "./render-pdf";

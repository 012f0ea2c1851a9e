import type { Metadata } from "next";
import { Page } from "@/components/ui/page";
import { AuditLogView } from "@/components/audit/audit-log-view";

export const metadata: Metadata = { title: "Audit log" };

export default function AuditPage() {
  return (
    <Page>
      <AuditLogView />
    </Page>
  );
}

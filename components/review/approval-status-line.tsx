import clsx from "clsx";
import { CheckCircle2, ShieldAlert } from "lucide-react";
import type { ApprovalStatus } from "@/lib/domain/api";

/** Whether a version may be exported: its approvals against the organisation's requirement. */
export function ApprovalStatusLine({ status }: { status: ApprovalStatus }) {
  const { version, production, approvals, approvalsRequired, exportAllowed } = status;
  const names = approvals.map((a) => a.reviewer.name ?? a.reviewer.email ?? "a reviewer").join(", ");
  const text = !production
    ? `Not production: version ${version} exports without approvals.`
    : approvalsRequired === 0
      ? `Production, but the organisation requires no approvals: version ${version} may be exported.`
      : `Version ${version} has ${approvals.length} of ${approvalsRequired} approval${approvalsRequired === 1 ? "" : "s"}${names ? ` (${names})` : ""}: ${exportAllowed ? "it may be exported." : "exports are refused until it has them."}`;
  const Icon = exportAllowed ? CheckCircle2 : ShieldAlert;
  return (
    <p className={clsx("flex items-start gap-1.5 text-sm", exportAllowed ? "text-slate-700" : "text-sev-warning")} data-testid="approval-status">
      <Icon size={15} aria-hidden className={clsx("mt-0.5 shrink-0", exportAllowed ? "text-ok" : "text-sev-warning")} />
      <span>{text}</span>
    </p>
  );
}

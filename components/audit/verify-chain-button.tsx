"use client";

import { ShieldAlert, ShieldCheck } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useVerifyAudit } from "@/lib/client/audit";

export function VerifyChainButton() {
  const verify = useVerifyAudit();
  const result = verify.data;
  return (
    <div className="flex flex-col items-end gap-2">
      <Button onClick={() => verify.mutate()} disabled={verify.isPending}>
        {verify.isPending ? "Verifying…" : "Verify chain"}
      </Button>
      <div aria-live="polite" className="text-right text-sm">
        {verify.isError ? <span className="text-sev-error">Could not verify: {verify.error.message}</span> : null}
        {result?.ok ? (
          <span className="inline-flex items-center gap-1 text-ok">
            <ShieldCheck size={15} aria-hidden /> Chain intact: {result.checked} events verified
          </span>
        ) : null}
        {result && !result.ok ? (
          <span className="inline-flex items-center gap-1 text-sev-error">
            <ShieldAlert size={15} aria-hidden /> Broken at event {result.firstBroken?.seq}: {result.firstBroken?.reason}
          </span>
        ) : null}
      </div>
    </div>
  );
}

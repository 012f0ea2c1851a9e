"use client";

import { Download, ShieldAlert, ShieldCheck } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useCan } from "@/components/shell/page-session-context";
import { Time } from "@/components/ui/time";
import { useSignCheckpoint, useVerifyAudit, type ChainVerification } from "@/lib/client/audit";

/**
 * Verifies the organisation's chain against its signed checkpoints and says exactly what was proven: the
 * events a checkpoint signed outside the database vouches for, and those only the hashes cover so far.
 */
export function VerifyChainButton() {
  const verify = useVerifyAudit();
  const sign = useSignCheckpoint();
  const mayVerify = useCan("audit.verify");
  const result = verify.data;
  if (!mayVerify) return null;
  return (
    <div className="flex max-w-md flex-col items-end gap-2">
      <div className="flex gap-2">
        <Button variant="secondary" onClick={() => sign.mutate(undefined, { onSuccess: () => verify.mutate() })} disabled={sign.isPending}>
          {sign.isPending ? "Signing…" : "Sign checkpoint now"}
        </Button>
        <Button onClick={() => verify.mutate()} disabled={verify.isPending}>
          {verify.isPending ? "Verifying…" : "Verify chain"}
        </Button>
      </div>
      <div aria-live="polite" className="text-right text-sm">
        {verify.isError ? <span className="text-sev-error">Could not verify: {verify.error.message}</span> : null}
        {sign.isError ? <span className="text-sev-error">Could not sign a checkpoint: {sign.error.message}</span> : null}
        {sign.data && !sign.data.taken ? <span className="block text-slate-600">No new checkpoint: {sign.data.reason}.</span> : null}
        {result ? <Verdict result={result} /> : null}
      </div>
      <p className="text-right text-xs text-slate-600">
        To verify offline with <code>meridian audit verify</code>:{" "}
        <a className="inline-flex items-center gap-0.5 underline" href="/api/audit/export" download>
          <Download size={12} aria-hidden /> Download the log
        </a>
        {" · "}
        <a className="inline-flex items-center gap-0.5 underline" href="/api/audit/checkpoints" download="audit-checkpoints.json">
          <Download size={12} aria-hidden /> Download checkpoints and keys
        </a>
      </p>
    </div>
  );
}

function Verdict({ result }: { result: ChainVerification }) {
  if (!result.ok) {
    return (
      <span className="inline-flex items-start gap-1 text-sev-error">
        <ShieldAlert size={15} className="mt-0.5 shrink-0" aria-hidden /> Broken at event {result.firstBroken?.seq}: {result.firstBroken?.reason}
      </span>
    );
  }
  const latest = result.checkpoints.latest;
  return (
    <span className="inline-flex items-start gap-1 text-ok">
      <ShieldCheck size={15} className="mt-0.5 shrink-0" aria-hidden />
      <span>
        Chain intact: {result.checked} {result.checked === 1 ? "event" : "events"} verified.{" "}
        <span className="text-slate-700">
          {latest ? (
            <>
              Events 1 to {latest.seq} match the checkpoint signed <Time iso={latest.at} />
              {result.unanchored > 0 ? `; ${result.unanchored} later event(s) are covered by the hashes alone until the next checkpoint.` : "."}
            </>
          ) : (
            "No signed checkpoint yet: only the hashes cover them."
          )}
        </span>
      </span>
    </span>
  );
}

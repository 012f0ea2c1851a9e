"use client";

import { BadgeCheck, Clock } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useVerifySsoDomain } from "@/lib/client/orgs";
import type { OrganizationView } from "@/lib/domain/api";

/**
 * Where an SSO domain stands: proven (in effect), or claimed with the TXT record to publish and a button to
 * check it. A claim alone changes nothing, so nobody can take over a domain they do not hold.
 */
export function DomainProof({ organization, canEdit, onProven }: { organization: OrganizationView; canEdit: boolean; onProven(next: OrganizationView): void }) {
  const verify = useVerifySsoDomain(organization.id);
  const claim = organization.ssoDomainClaim;
  if (!claim) {
    return organization.ssoDomain ? (
      <p className="inline-flex items-center gap-1.5 text-sm text-ok">
        <BadgeCheck size={15} aria-hidden /> {organization.ssoDomain} is proven by its DNS record and in effect.
      </p>
    ) : null;
  }
  return (
    <div className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-slate-800" role="group" aria-labelledby="domain-proof-heading">
      <p id="domain-proof-heading" className="mb-2 inline-flex items-center gap-1.5 font-medium">
        <Clock size={15} aria-hidden /> {claim.domain} is not in effect until you prove you hold it
        {organization.ssoDomain ? ` (${organization.ssoDomain} stays in effect until then)` : ""}.
      </p>
      <p className="mb-2">Publish this TXT record in the domain&apos;s DNS, then verify:</p>
      <dl className="mb-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="text-slate-600">Name</dt>
        <dd><code className="select-all break-all">{claim.recordName}</code></dd>
        <dt className="text-slate-600">Value</dt>
        <dd><code className="select-all break-all">{claim.recordValue}</code></dd>
      </dl>
      {canEdit ? (
        <div className="flex flex-wrap items-center gap-3">
          <Button type="button" onClick={() => verify.mutate(undefined, { onSuccess: onProven })} disabled={verify.isPending}>
            {verify.isPending ? "Checking DNS…" : "Verify domain"}
          </Button>
          <span aria-live="polite" className="text-sev-error">{verify.isError ? verify.error.message : null}</span>
        </div>
      ) : null}
    </div>
  );
}

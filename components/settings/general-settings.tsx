"use client";

import { Button } from "@/components/ui/button";
import { usePageSession } from "@/components/shell/page-session-context";
import { useOrganization } from "@/lib/client/orgs";
import { FormError } from "./form-error";
import { GeneralSettingsForm } from "./general-settings-form";
import { ReviewPolicySettings } from "./review-policy-settings";

/** Loads the organisation's settings (the SSO domain is not in the page session) and shows the form. */
export function GeneralSettings() {
  const { organization } = usePageSession();
  const query = useOrganization(organization.id);
  if (query.isPending) return <p role="status" className="py-8 text-sm text-slate-500">Loading settings…</p>;
  if (query.isError) {
    return (
      <div className="flex flex-col items-start gap-2">
        <FormError error={query.error} prefix="Could not load the settings:" />
        <Button size="sm" onClick={() => void query.refetch()}>Retry</Button>
      </div>
    );
  }
  return (
    <>
      <GeneralSettingsForm key={query.data.id} organization={query.data} />
      <ReviewPolicySettings />
    </>
  );
}

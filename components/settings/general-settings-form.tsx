"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useCan, useMissingPermissionReason } from "@/components/shell/page-session-context";
import { ApiError } from "@/lib/client/api";
import { useUpdateOrganization } from "@/lib/client/orgs";
import { UpdateOrganizationBody, type OrganizationView } from "@/lib/domain/api";
import { DISABLED_FIELDS } from "./disabled-fields";
import { FormError } from "./form-error";
import { ReadOnlyNote } from "./read-only-note";
import { DomainProof } from "./domain-proof";
import { SsoRequiredField } from "./sso-required-field";

type FieldName = "name" | "ssoDomain";

/** Name and single sign-on; only admins and owners may save (others see the values read-only). */
export function GeneralSettingsForm({ organization }: { organization: OrganizationView }) {
  const router = useRouter();
  const canEdit = useCan("org.settings");
  const why = useMissingPermissionReason();
  const update = useUpdateOrganization(organization.id);
  const [saved, setSaved] = useState(organization);
  const [name, setName] = useState(organization.name);
  const [ssoDomain, setSsoDomain] = useState(domainOf(organization));
  const [ssoRequired, setSsoRequired] = useState(organization.ssoRequired);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [error, setError] = useState<unknown>(null);

  const changes: UpdateOrganizationBody = {
    ...(name.trim() !== saved.name && { name }),
    ...((ssoDomain.trim().toLowerCase() || null) !== (domainOf(saved) || null) && { ssoDomain: ssoDomain.trim() || null }),
    ...(ssoRequired !== saved.ssoRequired && { ssoRequired }),
  };
  const dirty = Object.keys(changes).length > 0;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    setFieldErrors({});
    if (!dirty) return;
    const parsed = UpdateOrganizationBody.safeParse(changes);
    if (!parsed.success) {
      setFieldErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    try {
      const next = await update.mutateAsync(parsed.data);
      setSaved(next);
      setName(next.name);
      setSsoDomain(domainOf(next));
      setSsoRequired(next.ssoRequired);
      toast.success("Settings saved");
      router.refresh(); // the header shows the organisation's name
    } catch (caught) {
      const field = caught instanceof ApiError ? fieldOf(caught) : undefined;
      if (field) setFieldErrors({ [field]: (caught as Error).message });
      else setError(caught);
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-label="General settings" className="max-w-2xl">
      {canEdit ? null : (
        <ReadOnlyNote className="mb-4">Only admins and owners can change these settings, and {why}. You can see them here.</ReadOnlyNote>
      )}
      <fieldset disabled={!canEdit || update.isPending} className={`flex flex-col gap-6 ${DISABLED_FIELDS}`}>
        <section aria-labelledby="org-name-heading" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="org-name-heading" className="mb-3 text-base font-semibold">Organisation</h2>
          <Field
            label="Organisation name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={80}
            required
            error={fieldErrors.name}
            hint="Shown in the header and in invitations."
          />
        </section>
        <section aria-labelledby="sso-heading" className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5">
          <div>
            <h2 id="sso-heading" className="text-base font-semibold">Single sign-on</h2>
            <p className="mt-1 text-sm text-slate-600">
              Sign-in through your identity provider (Microsoft Entra ID, Okta or OpenID Connect), so people who leave your
              company lose access to Meridian with their company account.
            </p>
          </div>
          <Field
            label="Email domain"
            value={ssoDomain}
            onChange={(e) => setSsoDomain(e.target.value)}
            placeholder="example.com"
            autoComplete="off"
            spellCheck={false}
            error={fieldErrors.ssoDomain}
            hint="Addresses at this domain belong to your identity provider. It takes effect once a DNS record proves you hold it; leave empty for none."
          />
          <DomainProof organization={saved} canEdit={canEdit} onProven={(next) => setSaved(next)} />
          <SsoRequiredField
            checked={ssoRequired}
            onChange={setSsoRequired}
            domain={saved.ssoDomain}
            organizationName={saved.name}
            alreadyRequired={saved.ssoRequired}
          />
        </section>
      </fieldset>
      <div className="mt-4 flex flex-col gap-3">
        <FormError error={error} prefix="Could not save:" />
        {canEdit ? (
          <div className="flex items-center gap-3">
            <Button type="submit" variant="primary" disabled={!dirty || update.isPending}>
              {update.isPending ? "Saving…" : "Save changes"}
            </Button>
            {dirty ? <span className="text-sm text-slate-600">Unsaved changes</span> : null}
          </div>
        ) : null}
      </div>
    </form>
  );
}

/** The field a refused save is about: a taken domain names it, bad input names its path. */
function fieldOf(error: ApiError): FieldName | undefined {
  const named = typeof error.details.field === "string" ? error.details.field : error.issues[0]?.path;
  return named === "name" || named === "ssoDomain" ? named : undefined;
}

/** The domain the field shows: the one being proven, else the proven one. */
function domainOf(organization: OrganizationView): string {
  return organization.ssoDomainClaim?.domain ?? organization.ssoDomain ?? "";
}

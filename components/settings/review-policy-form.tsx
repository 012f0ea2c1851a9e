"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { useCan, useMissingPermissionReason } from "@/components/shell/page-session-context";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ApiError } from "@/lib/client/api";
import { useUpdateReviewPolicy } from "@/lib/client/reviews";
import { ReviewPolicyBody } from "@/lib/domain/api";
import { DISABLED_FIELDS } from "./disabled-fields";
import { FormError } from "./form-error";
import { ReadOnlyNote } from "./read-only-note";

/** "Approvals required for production exports": admins and owners change it, others see it. */
export function ReviewPolicyForm({ orgId, approvalsRequired }: { orgId: string; approvalsRequired: number }) {
  const router = useRouter();
  const canEdit = useCan("org.settings");
  const why = useMissingPermissionReason();
  const update = useUpdateReviewPolicy(orgId);
  const [saved, setSaved] = useState(approvalsRequired);
  const [value, setValue] = useState(String(approvalsRequired));
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  const dirty = value.trim() !== String(saved);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    setFieldError(undefined);
    const parsed = ReviewPolicyBody.safeParse({ approvalsRequired: value.trim() === "" ? Number.NaN : Number(value) });
    if (!parsed.success) return setFieldError("Enter a whole number from 0 to 10.");
    try {
      const next = await update.mutateAsync(parsed.data.approvalsRequired);
      setSaved(next.approvalsRequired);
      setValue(String(next.approvalsRequired));
      toast.success("Review policy saved");
      router.refresh(); // the designer validates under the organisation's policy
    } catch (caught) {
      if (caught instanceof ApiError && caught.issues[0]?.path === "approvalsRequired") setFieldError(caught.issues[0].message);
      else setError(caught);
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="review-policy-heading" className="mt-6 max-w-2xl">
      <section className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="review-policy-heading" className="text-base font-semibold">Reviews and approvals</h2>
        <p className="mb-3 mt-1 text-sm text-slate-600">
          A production topology is exported only when the exact version has this many approvals from reviewers other
          than its author. 0 turns the gate off (SOC 2 change management then reports a finding).
        </p>
        {canEdit ? null : <ReadOnlyNote className="mb-3">Only admins and owners can change the review policy, and {why}.</ReadOnlyNote>}
        <fieldset disabled={!canEdit || update.isPending} className={DISABLED_FIELDS}>
          <Field label="Approvals required for production exports" type="number" inputMode="numeric" min={0} max={10} step={1}
            value={value} onChange={(e) => { setValue(e.target.value); setFieldError(undefined); }} className="max-w-md"
            error={fieldError} hint="From 0 to 10. Topologies are marked production on their Versions page." />
        </fieldset>
        <div className="mt-3 flex flex-col gap-3">
          <FormError error={error} prefix="Could not save:" />
          {canEdit ? (
            <div className="flex items-center gap-3">
              <Button type="submit" variant="primary" disabled={!dirty || update.isPending}>{update.isPending ? "Saving…" : "Save review policy"}</Button>
              {dirty ? <span className="text-sm text-slate-600">Unsaved changes</span> : null}
            </div>
          ) : null}
        </div>
      </section>
    </form>
  );
}

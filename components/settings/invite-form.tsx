"use client";

import { MailPlus } from "lucide-react";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { usePageSession } from "@/components/shell/page-session-context";
import { ApiError } from "@/lib/client/api";
import { useCreateInvitation } from "@/lib/client/orgs";
import { CreateInvitationBody, type ScopeView } from "@/lib/domain/api";
import { DisabledReason } from "./disabled-reason";
import { DISABLED_FIELDS } from "./disabled-fields";
import { FormError } from "./form-error";
import { outranks, ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES, roleMayBeScoped, UNSCOPABLE_REASON, type Role } from "@/lib/domain/authz";
import { ScopeEditor } from "./scope-editor";

interface Props {
  disabledReason: string | null;
  onCreated(created: { email: string; link: string }): void;
}

const NO_SCOPE: ScopeView = { providers: [], regions: [] };

/** Email, role and optional region scope; what was typed stays after a refusal. */
export function InviteForm({ disabledReason, onCreated }: Props) {
  const { organization, role: actorRole } = usePageSession();
  const create = useCreateInvitation(organization.id);
  const roleId = useId();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("editor");
  const [limited, setLimited] = useState(false);
  const [scope, setScope] = useState<ScopeView>(NO_SCOPE);
  const [emailError, setEmailError] = useState<string>();
  const [error, setError] = useState<unknown>(null);
  const scopeAllowed = roleMayBeScoped(role);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setEmailError(undefined);
    setError(null);
    const body = { email, role, ...(limited && scopeAllowed && { scope }) };
    const parsed = CreateInvitationBody.safeParse(body);
    if (!parsed.success) {
      const emailIssue = parsed.error.issues.find((i) => i.path[0] === "email");
      if (emailIssue) return setEmailError(emailIssue.message);
      return setError(new Error(parsed.error.issues[0]?.message ?? "The invitation is not valid."));
    }
    try {
      const result = await create.mutateAsync(parsed.data);
      onCreated({ email: result.invitation.email, link: result.link });
      setEmail("");
      setLimited(false);
      setScope(NO_SCOPE);
    } catch (caught) {
      if (caught instanceof ApiError && caught.issues[0]?.path === "email") setEmailError(caught.issues[0].message);
      else setError(caught);
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="invite-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="invite-heading" className="text-base font-semibold">Invite someone</h2>
      <p className="mb-4 mt-1 text-sm text-slate-600">
        Meridian sends no email: you get a link to send them. It works for 7 days, once, for that email address only.
      </p>
      <fieldset disabled={Boolean(disabledReason) || create.isPending} className={`flex flex-col gap-4 ${DISABLED_FIELDS}`}>
        <div className="flex flex-wrap items-start gap-4">
          <Field
            className="min-w-64 flex-1"
            label="Email address"
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            autoComplete="off"
            required
            error={emailError}
          />
          <div className="flex flex-col gap-1">
            <label htmlFor={roleId} className="text-sm font-medium text-slate-700">Role</label>
            <select
              id={roleId}
              value={role}
              onChange={(e) => setRole(e.target.value as Role)}
              aria-describedby={`${roleId}-what`}
              className="h-9 rounded-md border border-slate-300 bg-white px-2 text-sm"
            >
              {ROLES.map((r) => (
                <option key={r} value={r} disabled={outranks(r, actorRole)}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
            <p id={`${roleId}-what`} className="text-xs text-slate-600">{ROLE_DESCRIPTIONS[role]}</p>
          </div>
        </div>
        <div className="flex flex-col gap-3">
          <label className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              checked={limited && scopeAllowed}
              disabled={!scopeAllowed}
              onChange={(e) => setLimited(e.target.checked)}
              className="h-4 w-4 accent-blue-700"
            />
            Limit to some providers or regions (optional)
          </label>
          {!scopeAllowed ? (
            <p className="text-xs text-slate-600">{UNSCOPABLE_REASON}</p>
          ) : limited ? (
            <div className="rounded-md border border-slate-200 p-3">
              <ScopeEditor value={scope} onChange={setScope} />
            </div>
          ) : null}
        </div>
      </fieldset>
      <div className="mt-4 flex flex-col gap-3">
        <FormError error={error} prefix="No invitation created:" />
        <div>
          <DisabledReason reason={disabledReason}>
            <Button type="submit" variant="primary" disabled={Boolean(disabledReason) || create.isPending}>
              <MailPlus size={16} aria-hidden /> {create.isPending ? "Creating…" : "Create invitation link"}
            </Button>
          </DisabledReason>
        </div>
      </div>
    </form>
  );
}

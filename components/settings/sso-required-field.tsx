"use client";

import { useId } from "react";
import { useCan, usePageSession } from "@/components/shell/page-session-context";
import { DisabledReason } from "./disabled-reason";

interface Props {
  checked: boolean;
  onChange(checked: boolean): void;
  domain: string | null;
  organizationName: string;
  /** Whether the saved settings already require it (turning it off is always allowed). */
  alreadyRequired: boolean;
}

/** "Require single sign-on", with what it does; a local session may not turn it on (it would lock itself out). */
export function SsoRequiredField({ checked, onChange, domain, organizationName, alreadyRequired }: Props) {
  const id = useId();
  const { signInProvider } = usePageSession();
  const canEdit = useCan("org.settings");
  // Only worth saying to someone who could otherwise turn it on.
  const localBlocked = canEdit && signInProvider === "local" && !alreadyRequired && !checked;
  const reason = localBlocked
    ? "You signed in with the local sign-in: sign in with single sign-on first, or this session would lose access at once."
    : null;
  return (
    <div className="flex items-start gap-3">
      <DisabledReason reason={reason}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          disabled={localBlocked || undefined}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={`${id}-what`}
          className="mt-1 h-4 w-4 rounded border-slate-300 accent-blue-700"
        />
      </DisabledReason>
      <div>
        <label htmlFor={id} className="text-sm font-medium text-slate-800">Require single sign-on</label>
        <div id={`${id}-what`} className="mt-0.5 space-y-1 text-sm text-slate-600">
          <p>
            Members must sign in through your identity provider to open {organizationName}. Sessions from the local
            sign-in lose access at once, and the local sign-in is refused for addresses at{" "}
            {domain ? <strong className="font-medium text-slate-800">{domain}</strong> : "the email domain above, once its DNS record proves it"}.
          </p>
          {reason ? <p className="text-slate-700">{reason}</p> : null}
        </div>
      </div>
    </div>
  );
}

"use client";

import { Monitor } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Time } from "@/components/ui/time";
import type { SessionView } from "@/lib/domain/api";

const PROVIDERS: Record<string, string> = {
  local: "local sign-in",
  okta: "Okta",
  "microsoft-entra-id": "Microsoft Entra ID",
  oidc: "single sign-on",
};

/** What the row and its button are called: the browser, or a plain word when it is unknown. */
export function sessionLabel(session: SessionView): string {
  return session.userAgent ?? "Unknown browser";
}

interface SessionRowProps {
  session: SessionView;
  ending: boolean;
  onEnd(): void;
}

/** One session: browser, where from, when signed in and last used; this device marked; an End button. */
export function SessionRow({ session, ending, onEnd }: SessionRowProps) {
  const label = sessionLabel(session);
  return (
    <li className="flex items-start gap-3 py-3" aria-current={session.current ? "true" : undefined}>
      <Monitor size={16} aria-hidden className="mt-0.5 shrink-0 text-slate-500" />
      <div className="min-w-0 flex-1 text-sm">
        <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
          {label}
          {session.current ? <span className="rounded bg-blue-50 px-1.5 py-0.5 text-xs font-medium text-blue-800">This device</span> : null}
        </p>
        <p className="text-xs text-slate-600">
          {session.address ? `From ${session.address} · ` : ""}
          {PROVIDERS[session.provider] ?? session.provider}
        </p>
        <p className="text-xs text-slate-600">
          Signed in <Time iso={session.createdAt} /> · last active <Time iso={session.lastSeenAt} />
        </p>
      </div>
      <Button
        size="sm"
        variant={session.current ? "secondary" : "danger"}
        onClick={onEnd}
        disabled={ending}
        aria-label={session.current ? `End this session (${label}) and sign out` : `End session: ${label}${session.address ? ` from ${session.address}` : ""}`}
      >
        {ending ? "Ending…" : "End"}
      </Button>
    </li>
  );
}

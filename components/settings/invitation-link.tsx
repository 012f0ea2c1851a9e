"use client";

import { Check, Copy } from "lucide-react";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";

/** The new invitation's link, shown this once (only its hash is stored), with a copy button. */
export function InvitationLink({ email, link, onDone }: { email: string; link: string; onDone(): void }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied("yes");
    } catch {
      // No clipboard access (an insecure origin, a denied permission): select it for Ctrl+C instead.
      input.current?.select();
      setCopied("failed");
    }
  };
  return (
    <section aria-labelledby="invitation-link-heading" className="rounded-lg border border-green-300 bg-green-50 p-5">
      <h2 id="invitation-link-heading" className="text-base font-semibold text-slate-900">Invitation link for {email}</h2>
      <p className="mt-1 text-sm text-slate-700">
        <strong className="font-semibold">This link is shown only once.</strong> Copy it now and send it to {email}; Meridian
        keeps no copy and sends no email. If it is lost, revoke the invitation and create a new one.
      </p>
      <div className="mt-3 flex gap-2">
        <label htmlFor="invitation-link" className="sr-only">Invitation link</label>
        <input
          ref={input}
          id="invitation-link"
          readOnly
          value={link}
          onFocus={(e) => e.target.select()}
          className="h-9 min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 font-mono text-xs"
        />
        <Button variant="primary" onClick={() => void copy()}>
          {copied === "yes" ? <Check size={15} aria-hidden /> : <Copy size={15} aria-hidden />}
          {copied === "yes" ? "Copied" : "Copy link"}
        </Button>
        <Button onClick={onDone}>Done</Button>
      </div>
      <p role="status" className="mt-2 text-xs text-slate-700">
        {copied === "yes" ? "Copied to the clipboard." : copied === "failed" ? "Could not reach the clipboard: the link is selected, press Ctrl+C." : ""}
      </p>
    </section>
  );
}

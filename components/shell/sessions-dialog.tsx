"use client";

import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useEndSession, useMySessions } from "@/lib/client/sessions";
import { SessionRow, sessionLabel } from "./session-row";

/**
 * Where the user is signed in, this device first and marked. Ending a session refuses its cookie on every
 * instance at once; ending this device's signs out here too.
 */
export function SessionsDialog({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  const sessions = useMySessions(open);
  const end = useEndSession();
  const [announcement, setAnnouncement] = useState("");
  const list = useRef<HTMLUListElement>(null);

  const endSession = (id: string, label: string) =>
    end.mutate(id, {
      onSuccess: (ended) => {
        if (ended.current) return window.location.assign("/signin?signedOut=1");
        setAnnouncement(`Session ended: ${label}.`);
        // The row and its button are gone: focus stays in the list rather than falling to the page.
        list.current?.focus();
      },
    });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) {
          end.reset();
          setAnnouncement("");
        }
        onOpenChange(next);
      }}
      title="Sessions"
      description="Where you are signed in. End any session you do not recognise: it is signed out everywhere at once."
    >
      <p className="sr-only" role="status">
        {announcement}
      </p>
      {end.isError ? (
        <p role="alert" className="mb-3 rounded-md bg-red-50 px-3 py-2 text-sm text-sev-error">
          Could not end the session: {end.error.message}
        </p>
      ) : null}
      {sessions.isPending ? (
        <p role="status" className="py-6 text-center text-sm text-slate-500">
          Loading sessions…
        </p>
      ) : sessions.isError ? (
        <div role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-sev-error">
          <p>Could not load your sessions: {sessions.error.message}</p>
          <Button size="sm" className="mt-2" onClick={() => void sessions.refetch()}>
            Try again
          </Button>
        </div>
      ) : sessions.data.sessions.length === 0 ? (
        <p className="py-6 text-center text-sm text-slate-600">No sessions are recorded for your account. Sign in again to see this device here.</p>
      ) : (
        <>
          <ul ref={list} tabIndex={-1} aria-label="Your sessions" className="max-h-[60vh] divide-y divide-slate-200 overflow-y-auto outline-none">
            {sessions.data.sessions.map((session) => (
              <SessionRow
                key={session.id}
                session={session}
                ending={end.isPending && end.variables === session.id}
                onEnd={() => endSession(session.id, sessionLabel(session))}
              />
            ))}
          </ul>
          {sessions.data.sessions.every((s) => s.current) ? (
            <p className="mt-2 text-sm text-slate-600">You are not signed in anywhere else.</p>
          ) : null}
        </>
      )}
      <div className="mt-4 flex justify-end">
        <Button onClick={() => onOpenChange(false)}>Close</Button>
      </div>
    </Dialog>
  );
}

"use client";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useSignOutEverywhere } from "@/lib/client/orgs";

/** Confirms, then ends every session of the user (this browser's too) and goes to sign-in. */
export function SignOutEverywhereDialog({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  const signOut = useSignOutEverywhere();
  const confirm = () =>
    signOut.mutate(undefined, { onSuccess: () => window.location.assign("/signin?signedOut=1") });
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) signOut.reset();
        onOpenChange(next);
      }}
      title="Sign out everywhere?"
      description="Ends your sessions in every browser and on every device, this one included. Use it when a device is lost or shared."
    >
      {signOut.isError ? (
        <p role="alert" className="mb-3 rounded-md bg-red-50 px-3 py-2 text-sm text-sev-error">
          Could not sign out everywhere: {signOut.error.message}
        </p>
      ) : null}
      <div className="flex justify-end gap-2">
        <Button onClick={() => onOpenChange(false)}>Cancel</Button>
        <Button variant="danger" onClick={confirm} disabled={signOut.isPending || signOut.isSuccess}>
          {signOut.isPending ? "Signing out…" : "Sign out everywhere"}
        </Button>
      </div>
    </Dialog>
  );
}

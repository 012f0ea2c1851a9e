"use client";

import { toast } from "sonner";
import { FormError } from "@/components/settings/form-error";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useRestoreVersion } from "@/lib/client/reviews";

interface Props {
  topologyId: string;
  version: number;
  currentVersion: number;
  onOpenChange(open: boolean): void;
  onRestored(newVersion: number): void;
}

/** Confirms bringing an old version back: it is saved again as the newest version, nothing is rewound. */
export function RestoreVersionDialog({ topologyId, version, currentVersion, onOpenChange, onRestored }: Props) {
  const restore = useRestoreVersion(topologyId);
  const run = async () => {
    try {
      const result = await restore.mutateAsync(version);
      toast.success(`Version ${version} restored as version ${result.version}`);
      onRestored(result.version);
      onOpenChange(false);
    } catch {
      // Shown in the dialog below.
    }
  };
  return (
    <Dialog open onOpenChange={(open) => !restore.isPending && onOpenChange(open)} title={`Restore version ${version}?`}
      description={`Its document is saved as a new version ${currentVersion + 1}, "Restored version ${version}". Versions ${version + 1} to ${currentVersion} stay in the history.`}>
      <FormError error={restore.error} prefix="Could not restore:" />
      <div className="mt-4 flex justify-end gap-2">
        <Button onClick={() => onOpenChange(false)} disabled={restore.isPending}>Cancel</Button>
        <Button variant="primary" onClick={() => void run()} disabled={restore.isPending}>
          {restore.isPending ? "Restoring…" : `Restore version ${version}`}
        </Button>
      </div>
    </Dialog>
  );
}

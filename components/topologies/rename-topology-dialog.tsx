"use client";

import { useEffect, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { ApiError } from "@/lib/client/api";
import type { TopologySummary } from "@/lib/domain/api";
import { useUpdateTopology } from "@/lib/client/topologies";

interface Props {
  topology: TopologySummary;
  open: boolean;
  onOpenChange(open: boolean): void;
}

export function RenameTopologyDialog({ topology, open, onOpenChange }: Props) {
  const update = useUpdateTopology(topology.id);
  const [name, setName] = useState(topology.name);
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (open) {
      setName(topology.name);
      setError(undefined);
    }
  }, [open, topology.name]);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    try {
      await update.mutateAsync({ name });
      toast.success(`Renamed to “${name.trim()}”`);
      onOpenChange(false);
    } catch (e) {
      setError(e instanceof ApiError && e.issues[0] ? e.issues[0].message : (e as Error).message);
    }
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Rename topology">
      <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
        <Field label="Name" value={name} onChange={(e) => setName(e.target.value)} error={error} autoFocus maxLength={120} />
        <div className="flex justify-end gap-2">
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={update.isPending}>Rename</Button>
        </div>
      </form>
    </Dialog>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { ApiError } from "@/lib/client/api";
import { useCreateTopology } from "@/lib/client/topologies";

/** Creates the starter network (one Azure region, 4 QBFT validators); the wizard and the empty list offer it as the blank start. */
export function CreateTopologyDialog({ open, onOpenChange, initialName = "" }: { open: boolean; onOpenChange(open: boolean): void; initialName?: string }) {
  const router = useRouter();
  const create = useCreateTopology();
  const [name, setName] = useState(initialName);
  const [description, setDescription] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setErrors({});
    try {
      const result = await create.mutateAsync({ name, description: description || undefined });
      toast.success(`Created “${result.topology.name}”`);
      onOpenChange(false);
      setName("");
      setDescription("");
      router.push(`/topologies/${result.topology.id}`);
    } catch (error) {
      if (error instanceof ApiError && error.issues.length) {
        setErrors(Object.fromEntries(error.issues.map((i) => [i.path, i.message])));
      } else {
        setErrors({ form: (error as Error).message });
      }
    }
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="New topology" description="It starts as a 4-validator QBFT network in one Azure region.">
      <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
        <Field label="Name" value={name} onChange={(e) => setName(e.target.value)} error={errors.name} autoFocus required maxLength={120} />
        <Field label="Description (optional)" value={description} onChange={(e) => setDescription(e.target.value)} error={errors.description} maxLength={2000} />
        {errors.form ? <p role="alert" className="text-sm text-sev-error">{errors.form}</p> : null}
        <div className="flex justify-end gap-2">
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={create.isPending}>
            {create.isPending ? "Creating…" : "Create topology"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { toast } from "sonner";
import { useCan, useMissingPermissionReason } from "@/components/shell/page-session-context";
import { Button } from "@/components/ui/button";
import { useForkTemplate } from "@/lib/client/templates";
import { forkName } from "./fork-name";

/**
 * "Use this template": names the new topology (prefilled with the template's title), creates it in the
 * organisation and opens the designer. A blank name is refused at the field rather than replaced unseen.
 */
export function ForkTemplateForm({ templateId, title }: { templateId: string; title: string }) {
  const router = useRouter();
  const fork = useForkTemplate(templateId);
  const allowed = useCan("topology.create");
  const why = useMissingPermissionReason();
  const [name, setName] = useState(title);
  const [nameError, setNameError] = useState<string | undefined>();
  const errorId = useId();
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const checked = forkName(name);
    if (checked.error !== undefined) return setNameError(checked.error);
    const created = await fork.mutateAsync({ name: checked.name }).catch(() => undefined);
    if (!created) return;
    toast.success(`Created “${created.topology.name}” from the template`);
    router.push(`/topologies/${created.topology.id}`);
  };
  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4">
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
        Name of your network
        <input value={name} onChange={(e) => { setName(e.target.value); setNameError(undefined); }} maxLength={120} disabled={!allowed}
          aria-invalid={nameError ? true : undefined} aria-describedby={nameError ? errorId : undefined}
          className={`h-9 rounded-md border px-2 text-sm font-normal ${nameError ? "border-sev-error" : "border-slate-300"}`} />
      </label>
      {nameError ? <p id={errorId} role="alert" className="-mt-1 text-xs text-sev-error">{nameError}</p> : null}
      <Button type="submit" variant="primary" disabled={!allowed || fork.isPending}>
        {fork.isPending ? "Creating…" : "Use this template"}
      </Button>
      {!allowed ? <p className="text-xs text-slate-600">You can browse templates, but not create topologies: {why}.</p> : null}
      {fork.isError ? <p role="alert" className="text-xs text-sev-error">{fork.error.message}</p> : null}
      <p className="text-xs text-slate-500">A copy goes into your organisation as a new topology; the template stays as it is.</p>
    </form>
  );
}

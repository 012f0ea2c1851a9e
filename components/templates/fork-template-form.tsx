"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { useCan, useMissingPermissionReason } from "@/components/shell/page-session-context";
import { Button } from "@/components/ui/button";
import { useForkTemplate } from "@/lib/client/templates";

/** "Use this template": names the new topology, creates it in the organisation and opens the designer. */
export function ForkTemplateForm({ templateId, title }: { templateId: string; title: string }) {
  const router = useRouter();
  const fork = useForkTemplate(templateId);
  const allowed = useCan("topology.create");
  const why = useMissingPermissionReason();
  const [name, setName] = useState(title);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const created = await fork.mutateAsync({ name: name.trim() || title }).catch(() => undefined);
    if (!created) return;
    toast.success(`Created “${created.topology.name}” from the template`);
    router.push(`/topologies/${created.topology.id}`);
  };
  return (
    <form onSubmit={submit} className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4">
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
        Name of your network
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} disabled={!allowed}
          className="h-9 rounded-md border border-slate-300 px-2 text-sm font-normal" />
      </label>
      <Button type="submit" variant="primary" disabled={!allowed || fork.isPending}>
        {fork.isPending ? "Creating…" : "Use this template"}
      </Button>
      {!allowed ? <p className="text-xs text-slate-600">You can browse templates, but not create topologies: {why}.</p> : null}
      {fork.isError ? <p role="alert" className="text-xs text-sev-error">{fork.error.message}</p> : null}
      <p className="text-xs text-slate-500">A copy goes into your organisation as a new topology; the template stays as it is.</p>
    </form>
  );
}

"use client";

import Link from "next/link";
import { useState } from "react";
import { useCan } from "@/components/shell/page-session-context";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useEditor } from "@/lib/client/editor/context";
import { usePublishTemplate, useTemplatesPublishedFrom } from "@/lib/client/templates";

/** Publishes the saved version as a marketplace template: private to the organisation, or public (admins). */
export function PublishDialog({ topologyId, defaultTitle, onOpenChange }: { topologyId: string; defaultTitle: string; onOpenChange(open: boolean): void }) {
  const savedVersion = useEditor((s) => s.baseVersion);
  const unsaved = useEditor((s) => s.save.kind !== "saved");
  const canPublic = useCan("template.publish-public");
  const publish = usePublishTemplate(topologyId);
  const published = useTemplatesPublishedFrom(topologyId);
  const sameVersion = (published.data?.templates ?? []).filter((t) => t.origin?.version === savedVersion);
  const [title, setTitle] = useState(defaultTitle);
  const [description, setDescription] = useState("");
  const [tags, setTags] = useState("");
  const [visibility, setVisibility] = useState<"private" | "public">("private");

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    publish.mutate({
      title,
      description,
      tags: tags.split(",").map((t) => t.trim()).filter(Boolean),
      visibility,
      version: savedVersion,
    });
  };
  const input = "h-9 rounded-md border border-slate-300 px-2 text-sm font-normal";

  return (
    <Dialog open onOpenChange={onOpenChange} title="Publish as a template" description={`Version ${savedVersion} becomes a template others can start from; later edits do not change it.`}>
      {publish.isSuccess ? (
        <div className="flex flex-col gap-3" role="status">
          <p className="text-sm text-slate-700">
            Published “{publish.data.template.title}” {publish.data.template.visibility === "public" ? "to every organisation" : "to your organisation"}.
          </p>
          <div className="flex justify-end gap-2">
            <Link href={`/templates/${publish.data.template.id}`} className="inline-flex h-9 items-center rounded-md border border-slate-300 px-3.5 text-sm font-medium">View the template</Link>
            <Button variant="primary" onClick={() => onOpenChange(false)}>Done</Button>
          </div>
        </div>
      ) : (
        <form onSubmit={submit} className="flex flex-col gap-3">
          {unsaved ? <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">Your latest edits are not saved yet; version {savedVersion} is published.</p> : null}
          {sameVersion.length ? (
            <ul aria-label="Already published" className="rounded-md bg-blue-50 px-3 py-2 text-sm text-blue-900">
              {sameVersion.map((t) => (
                <li key={t.id}>
                  Version {savedVersion} is already published as{" "}
                  <Link href={`/templates/${encodeURIComponent(t.id)}`} className="font-medium underline">“{t.title}”</Link>{" "}
                  ({t.origin?.visibility === "public" ? "public" : "private"}). Publishing again makes a second template.
                </li>
              ))}
            </ul>
          ) : null}
          <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
            Title
            <input className={input} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={120} required />
          </label>
          <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
            Description
            <textarea className="min-h-20 rounded-md border border-slate-300 p-2 text-sm font-normal" value={description} onChange={(e) => setDescription(e.target.value)} maxLength={2000} />
          </label>
          <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
            Tags <span className="font-normal text-slate-500">(comma-separated)</span>
            <input className={input} value={tags} onChange={(e) => setTags(e.target.value)} placeholder="eu, production" />
          </label>
          <fieldset className="flex flex-col gap-1 text-sm">
            <legend className="mb-1 font-medium text-slate-700">Who can use it</legend>
            <label className="flex items-center gap-2"><input type="radio" name="visibility" checked={visibility === "private"} onChange={() => setVisibility("private")} /> My organisation</label>
            <label className="flex items-center gap-2">
              <input type="radio" name="visibility" checked={visibility === "public"} onChange={() => setVisibility("public")} disabled={!canPublic} />
              Every organisation {canPublic ? "(the design must pass its checks with no errors)" : "(admins only)"}
            </label>
          </fieldset>
          {publish.isError ? <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-sev-error">{publish.error.message}</p> : null}
          <div className="flex justify-end gap-2">
            <Button onClick={() => onOpenChange(false)}>Cancel</Button>
            <Button type="submit" variant="primary" disabled={publish.isPending || !title.trim()}>{publish.isPending ? "Publishing…" : "Publish"}</Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

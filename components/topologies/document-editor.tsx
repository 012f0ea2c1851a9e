"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { useDesignerAccess } from "@/components/designer/use-designer-access";
import { Button } from "@/components/ui/button";
import { ApiError } from "@/lib/client/api";
import { saveConflictOf } from "@/lib/client/save-conflict";
import { topologyKeys, useSaveVersion } from "@/lib/client/topologies";
import type { PathIssue, TopologyDocument } from "@/lib/domain/schema";

interface Props {
  topologyId: string;
  baseVersion: number;
  document: TopologyDocument;
  archived: boolean;
}

interface Conflict {
  number: number;
  authorName: string | null;
}

/** The document as JSON, editable, saved as a new version; bad input is explained and never lost. */
export function DocumentEditor({ topologyId, baseVersion, document, archived }: Props) {
  const original = JSON.stringify(document, null, 2);
  const [text, setText] = useState(original);
  const [message, setMessage] = useState("");
  const [issues, setIssues] = useState<PathIssue[]>([]);
  const [problem, setProblem] = useState<string>();
  const [conflict, setConflict] = useState<Conflict>();
  const save = useSaveVersion(topologyId);
  const access = useDesignerAccess();
  const readOnly = archived || access.readOnly;
  const client = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const dirty = text !== original;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
        event.preventDefault();
        formRef.current?.requestSubmit();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const submit = async (event: React.FormEvent, base = baseVersion) => {
    event.preventDefault();
    if (readOnly) return;
    setIssues([]);
    setProblem(undefined);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      setProblem(`The document is not valid JSON: ${(error as Error).message}`);
      return;
    }
    try {
      const result = await save.mutateAsync({ baseVersion: base, document: parsed, message });
      setConflict(undefined);
      setMessage("");
      toast.success(`Saved version ${result.version}`);
    } catch (error) {
      if (!(error instanceof ApiError)) return setProblem((error as Error).message);
      const current = saveConflictOf(error);
      if (current) setConflict({ number: current.number, authorName: current.authorName });
      setProblem(error.message);
      setIssues(error.issues);
    }
  };

  return (
    <form ref={formRef} onSubmit={(e) => void submit(e)} className="flex min-w-0 flex-col gap-3" aria-label="Edit document">
      <div className="flex items-center justify-between">
        <label htmlFor="document-json" className="text-sm font-semibold text-slate-800">Document (JSON)</label>
        <span className="text-xs text-slate-500">{dirty ? "Unsaved changes" : `Version ${baseVersion}`}</span>
      </div>
      <textarea
        id="document-json"
        value={text}
        onChange={(e) => setText(e.target.value)}
        spellCheck={false}
        aria-invalid={issues.length > 0 || undefined}
        aria-describedby={problem ? "document-problem" : undefined}
        readOnly={readOnly}
        className="h-[28rem] w-full resize-y rounded-md border border-slate-300 bg-white p-3 font-mono text-xs leading-5"
      />
      {problem ? (
        <div id="document-problem" role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-sev-error">
          <p className="font-medium">{problem}</p>
          {issues.length ? (
            <ul className="mt-1 list-disc pl-5">
              {issues.map((issue) => (
                <li key={`${issue.path}:${issue.message}`}>
                  <code className="font-mono text-xs">{issue.path}</code>: {issue.message}
                </li>
              ))}
            </ul>
          ) : null}
          {conflict ? (
            <div className="mt-2 flex flex-wrap gap-2">
              <Button size="sm" onClick={(e) => void submit(e, conflict.number)}>
                Save mine as version {conflict.number + 1}
              </Button>
              <Button size="sm" variant="ghost" onClick={() => void client.invalidateQueries({ queryKey: topologyKeys.detail(topologyId) })}>
                Load version {conflict.number} (discard mine)
              </Button>
            </div>
          ) : null}
        </div>
      ) : null}
      {archived ? (
        <p className="text-sm text-slate-600">This topology is archived. Restore it from the list to edit it.</p>
      ) : access.reason ? (
        <p role="note" className="text-sm text-slate-600">{access.reason}. You can read and copy the document, not save it.</p>
      ) : (
        <div className="flex items-end gap-3">
          <div className="flex flex-1 flex-col gap-1">
            <label htmlFor="version-message" className="text-sm font-medium text-slate-700">Version message</label>
            <input
              id="version-message"
              value={message}
              onChange={(e) => setMessage(e.target.value)}
              maxLength={500}
              placeholder="What changed and why"
              className="h-9 rounded-md border border-slate-300 bg-white px-3 text-sm"
            />
          </div>
          <Button type="button" variant="ghost" disabled={!dirty} onClick={() => setText(original)}>Revert</Button>
          <Button type="submit" variant="primary" disabled={save.isPending} aria-keyshortcuts="Control+S">
            {save.isPending ? "Saving…" : "Save version"}
          </Button>
        </div>
      )}
    </form>
  );
}

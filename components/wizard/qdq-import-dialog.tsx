"use client";

import { useId, useState, type ChangeEvent, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { startFromQdq } from "./qdq-start";
import { useWizard } from "./wizard-context";

const MAX_FILE_BYTES = 8 * 1024 * 1024;
const EXAMPLE = "eastus:validators=3+rpc=2+boot=1,westus2:validators=2+archive=1";
const OTHER_CLOUD_EXAMPLE = "aws:us-east-1:validators=2,gcp:europe-west1:validators=1";

/**
 * Start from QDQ: a distribution line pasted, or a QDQ JSON/YAML file chosen (its text lands in the box). A good
 * input fills the wizard and opens the review; a bad one says why here and changes nothing, text included.
 */
export function QdqImportDialog({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  const { state, dispatch } = useWizard();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = startFromQdq(text, state.draft);
    if (!result.ok) return setError(result.message);
    setError(null);
    dispatch({ type: "imported", draft: result.draft, counts: result.counts, warnings: result.warnings });
    onOpenChange(false);
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return setError(`${file.name} is larger than 8 MiB.`);
    setText(await file.text());
    setError(null);
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange} wide title="Start from QDQ"
      description="Paste a Quorum Dev Quickstart distribution line, or choose a QDQ topology file (JSON or YAML). It fills the wizard and opens the review.">
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-text`} className="text-sm font-medium text-slate-700">QDQ distribution line or file contents</label>
          <textarea id={`${id}-text`} value={text} onChange={(e) => setText(e.target.value)} rows={6} spellCheck={false}
            placeholder={EXAMPLE} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : `${id}-hint`}
            onKeyDown={(e) => {
              // Enter imports a one-line DSL; Shift+Enter (or a file's many lines) is a new line.
              if (e.key === "Enter" && !e.shiftKey && !text.includes("\n")) {
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }
            }}
            className={`rounded-md border px-3 py-2 font-mono text-sm ${error ? "border-red-600" : "border-slate-300"}`} />
          {error ? (
            <p id={`${id}-error`} role="alert" className="text-sm text-sev-error" data-testid="qdq-error">{error}</p>
          ) : (
            <p id={`${id}-hint`} className="text-xs text-slate-600">
              QDQ lines name Azure regions, e.g. <code className="rounded bg-slate-100 px-1">{EXAMPLE}</code>. For AWS or GCP, prefix the
              provider: <code className="rounded bg-slate-100 px-1">{OTHER_CLOUD_EXAMPLE}</code>
            </p>
          )}
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-file`} className="text-sm font-medium text-slate-700">Or choose a QDQ file</label>
          <input id={`${id}-file`} type="file" accept=".json,.yaml,.yml,.dsl,.txt,application/json,text/yaml,text/plain" onChange={chooseFile}
            className="text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:text-slate-800" />
        </div>
        <div className="flex justify-end gap-2">
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button type="submit" variant="primary">Fill the wizard</Button>
        </div>
      </form>
    </Dialog>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useId, useMemo, useState } from "react";
import { toast } from "sonner";
import { FormError } from "@/components/settings/form-error";
import { usePageSession } from "@/components/shell/page-session-context";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useMembers } from "@/lib/client/orgs";
import { useRequestReview } from "@/lib/client/reviews";
import { useVersions } from "@/lib/client/topologies";
import { reviewerOptions } from "./reviewer-options";
import { ReviewerPicker } from "./reviewer-picker";

interface Props {
  topologyId: string;
  /** The version asked about first; any saved version can be chosen. */
  version: number;
  onOpenChange(open: boolean): void;
}

/** Asks members who may review to review one version, with a message; opens the review once asked. */
export function RequestReviewDialog({ topologyId, version: initialVersion, onOpenChange }: Props) {
  const router = useRouter();
  const { organization, user } = usePageSession();
  const members = useMembers(organization.id);
  const versions = useVersions(topologyId);
  const request = useRequestReview(topologyId);
  const [version, setVersion] = useState(initialVersion);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState("");
  const [reviewersError, setReviewersError] = useState<string | undefined>();
  const ids = { version: useId(), message: useId() };
  const authorId = versions.data?.versions.find((v) => v.number === version)?.author.id;
  const options = useMemo(() => reviewerOptions(members.data?.members ?? [], user.id, authorId, version), [members.data, user.id, authorId, version]);
  const picked = [...chosen].filter((id) => options.some((o) => o.member.userId === id && !o.unavailable));

  const toggle = (userId: string) => {
    const next = new Set(chosen);
    if (next.has(userId)) next.delete(userId);
    else next.add(userId);
    setChosen(next);
    setReviewersError(undefined);
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (picked.length === 0) return setReviewersError("Choose at least one reviewer.");
    try {
      const { review } = await request.mutateAsync({ version, reviewerIds: picked, message: message.trim() });
      toast.success(`Review of version ${version} requested`);
      onOpenChange(false);
      router.push(`/reviews/${review.id}`);
    } catch {
      // Shown in the dialog below.
    }
  };

  return (
    <Dialog open onOpenChange={(open) => !request.isPending && onOpenChange(open)} title="Request a review"
      description="The reviewers are notified. Approvals count for the exact version they review.">
      <form noValidate onSubmit={(e) => void submit(e)} className="flex flex-col gap-4">
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.version} className="text-sm font-medium text-slate-700">Version</label>
          <select id={ids.version} value={version} onChange={(e) => setVersion(Number(e.target.value))}
            className="h-9 rounded-md border border-slate-300 bg-white px-2 text-sm">
            {(versions.data?.versions ?? [{ number: initialVersion, message: "" }]).map((v) => (
              <option key={v.number} value={v.number}>Version {v.number}{v.message ? ` — ${v.message.slice(0, 60)}` : ""}</option>
            ))}
          </select>
        </div>
        {members.isError ? <FormError error={members.error} prefix="Could not load the members:" /> : null}
        {members.isPending ? <p role="status" className="text-sm text-slate-500">Loading members…</p> : (
          <ReviewerPicker options={options} chosen={chosen} onToggle={toggle} error={reviewersError} />
        )}
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.message} className="text-sm font-medium text-slate-700">Message <span className="font-normal text-slate-500">(optional)</span></label>
          <textarea id={ids.message} value={message} onChange={(e) => setMessage(e.target.value)} maxLength={2000} rows={3}
            placeholder="What changed, and what should the reviewers look at?" className="rounded-md border border-slate-300 px-3 py-2 text-sm" />
        </div>
        <FormError error={request.error} prefix="Could not request the review:" />
        <div className="flex justify-end gap-2">
          <Button onClick={() => onOpenChange(false)} disabled={request.isPending}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={request.isPending || options.length === 0}>
            {request.isPending ? "Requesting…" : "Request review"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

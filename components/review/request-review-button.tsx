"use client";

import { MessageSquarePlus } from "lucide-react";
import { useState } from "react";
import { DisabledReason } from "@/components/settings/disabled-reason";
import { useCan, useMissingPermissionReason, usePageSession } from "@/components/shell/page-session-context";
import { Button, type ButtonProps } from "@/components/ui/button";
import { useMembers } from "@/lib/client/orgs";
import { RequestReviewDialog } from "./request-review-dialog";
import { noReviewersReason } from "./reviewer-options";

interface Props {
  topologyId: string;
  version: number;
  /** Archived topologies can't be reviewed. */
  archived?: boolean;
  size?: ButtonProps["size"];
  variant?: ButtonProps["variant"];
}

/**
 * "Request review" and its dialog; disabled, saying why, for members who may not ask and when nobody
 * else may review. The members are the dialog's own query, so opening it afterwards needs no fetch.
 */
export function RequestReviewButton({ topologyId, version, archived, size = "sm", variant = "secondary" }: Props) {
  const [open, setOpen] = useState(false);
  const canRequest = useCan("review.request");
  const why = useMissingPermissionReason();
  const { organization, user } = usePageSession();
  const members = useMembers(organization.id);
  const reason = archived
    ? "This topology is archived; restore it before asking for a review."
    : !canRequest
      ? `Asking for reviews is not allowed: ${why}.`
      : members.data
        ? noReviewersReason(members.data.members, user.id)
        : null;
  return (
    <>
      <DisabledReason reason={reason}>
        <Button size={size} variant={variant} onClick={() => setOpen(true)} disabled={Boolean(reason)}>
          <MessageSquarePlus size={15} aria-hidden /> Request review
        </Button>
      </DisabledReason>
      {open ? <RequestReviewDialog topologyId={topologyId} version={version} onOpenChange={setOpen} /> : null}
    </>
  );
}

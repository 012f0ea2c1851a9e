"use client";

import * as Menu from "@radix-ui/react-dropdown-menu";
import { ChevronDown, FileJson, FileText } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { MENU_ITEM } from "@/components/shell/menu-styles";
import { downloadReport } from "@/lib/client/reviews";

interface Props {
  topologyId: string;
  version: number;
  /** Why this member may not download reports; the button is disabled and says so. */
  disabledReason?: string | null;
  onError(message: string | null): void;
}

/** Downloads a version's compliance report as PDF or JSON; a refusal is reported to the caller to show inline. */
export function ReportMenu({ topologyId, version, disabledReason, onError }: Props) {
  const [busy, setBusy] = useState(false);
  const download = async (format: "pdf" | "json") => {
    setBusy(true);
    onError(null);
    try {
      const name = await downloadReport(topologyId, version, format);
      toast.success(`Downloaded ${name}`);
    } catch (error) {
      onError(`Could not download the compliance report of version ${version}: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Menu.Root modal={false}>
      <Menu.Trigger disabled={busy || Boolean(disabledReason)} title={disabledReason ?? `Compliance report of version ${version}`}
        aria-label={`Compliance report of version ${version}`}
        className="inline-flex h-8 items-center gap-1 rounded-md border border-slate-300 bg-white px-2.5 text-sm text-slate-800 hover:bg-slate-50 disabled:cursor-not-allowed disabled:text-slate-500">
        {busy ? "Preparing…" : "Report"} <ChevronDown size={13} aria-hidden />
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content align="end" sideOffset={4} className="z-50 w-56 rounded-md border border-slate-200 bg-white p-1 text-sm shadow-lg">
          <Menu.Item className={MENU_ITEM} onSelect={() => void download("pdf")}>
            <FileText size={14} aria-hidden /> Compliance report (PDF)
          </Menu.Item>
          <Menu.Item className={MENU_ITEM} onSelect={() => void download("json")}>
            <FileJson size={14} aria-hidden /> Compliance report (JSON)
          </Menu.Item>
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}

"use client";

import * as Menu from "@radix-ui/react-dropdown-menu";
import { MoreHorizontal } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";
import { useCan, useMissingPermissionReason } from "@/components/shell/page-session-context";
import { Time } from "@/components/ui/time";
import type { TopologySummary } from "@/lib/domain/api";
import { useUpdateTopology } from "@/lib/client/topologies";
import { RenameTopologyDialog } from "./rename-topology-dialog";

const ITEM = "cursor-pointer rounded px-2 py-1.5 outline-none data-highlighted:bg-slate-100 data-disabled:cursor-not-allowed data-disabled:text-slate-500";

export function TopologyRow({ topology }: { topology: TopologySummary }) {
  const update = useUpdateTopology(topology.id);
  const [renaming, setRenaming] = useState(false);
  const canRename = useCan("topology.edit");
  const canArchive = useCan("topology.archive");
  const whyNot = useMissingPermissionReason();

  const setArchived = async (archived: boolean) => {
    try {
      await update.mutateAsync({ archived });
      toast.success(archived ? `Archived “${topology.name}”` : `Restored “${topology.name}”`, {
        action: { label: "Undo", onClick: () => void update.mutateAsync({ archived: !archived }) },
      });
    } catch (error) {
      toast.error((error as Error).message);
    }
  };

  return (
    <li className="flex items-center gap-4 px-4 py-3 hover:bg-slate-50">
      <div className="min-w-0 flex-1">
        <Link href={`/topologies/${topology.id}`} className="font-medium text-slate-900 hover:underline">
          {topology.name}
        </Link>
        {topology.description ? <p className="truncate text-sm text-slate-600">{topology.description}</p> : null}
      </div>
      <span className="text-sm text-slate-500">v{topology.currentVersion}</span>
      <span className="w-40 text-right text-sm text-slate-500">
        <Time iso={topology.updatedAt} />
      </span>
      <Menu.Root>
        <Menu.Trigger className="rounded p-1.5 text-slate-500 hover:bg-slate-100" aria-label={`Actions for ${topology.name}`}>
          <MoreHorizontal size={16} aria-hidden />
        </Menu.Trigger>
        <Menu.Portal>
          <Menu.Content align="end" className="z-50 min-w-40 rounded-md border border-slate-200 bg-white p-1 text-sm shadow-lg">
            <Menu.Item className={ITEM} disabled={!canRename} onSelect={() => setRenaming(true)}>
              Rename…{canRename ? null : <span className="block text-xs">Not allowed: {whyNot}</span>}
            </Menu.Item>
            <Menu.Item className="cursor-pointer rounded px-2 py-1.5 outline-none data-highlighted:bg-slate-100" asChild>
              <Link href={`/topologies/${topology.id}/versions`}>Versions</Link>
            </Menu.Item>
            <Menu.Item className={ITEM} disabled={!canArchive} onSelect={() => void setArchived(!topology.archived)}>
              {topology.archived ? "Restore" : "Archive"}
              {canArchive ? null : <span className="block text-xs">Not allowed: {whyNot}</span>}
            </Menu.Item>
          </Menu.Content>
        </Menu.Portal>
      </Menu.Root>
      <RenameTopologyDialog topology={topology} open={renaming} onOpenChange={setRenaming} />
    </li>
  );
}

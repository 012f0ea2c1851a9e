import type { NodeProps } from "@xyflow/react";
import clsx from "clsx";
import { memo } from "react";
import type { DesignerNode } from "../derive-flow";
import { useLowDetail } from "../detail-level";
import { ROLE_SHORT, SEVERITY_COLOUR } from "../visual";
import { RoleIcon, ROLE_TINT } from "./role-icon";
import { FindingBadge } from "./badge";

function GroupNodeView({ data, selected }: NodeProps<Extract<DesignerNode, { type: "nodeGroup" }>>) {
  const { group } = data;
  const subtype = group.role === "rpc" ? group.rpcType : group.role === "member" ? group.memberType : undefined;
  const label = `${group.count} × ${ROLE_SHORT[group.role]}${subtype ? ` · ${subtype}` : ""}`;
  if (useLowDetail()) {
    // Zoomed far out: one box in the role's tint, outlined in its worst finding's colour so problems still show;
    // selected, it fills blue, which stays visible however small it is drawn.
    return (
      <div
        className={clsx("h-full w-full rounded-md border-4", selected ? "bg-blue-600" : ROLE_TINT[group.role], data.lost && "opacity-40")}
        style={{ borderColor: selected ? "#1e3a8a" : data.badge ? SEVERITY_COLOUR[data.badge.severity] : "#cbd5e1" }}
        data-testid={`group-${group.id}`}
        aria-label={label}
        title={label}
      />
    );
  }
  return (
    <div
      className={clsx(
        "flex h-full w-full items-center gap-2 rounded-md border bg-white px-2 shadow-xs",
        selected ? "border-blue-600 ring-2 ring-blue-600/40" : "border-slate-200",
        data.lost && "opacity-40",
      )}
      data-testid={`group-${group.id}`}
    >
      <RoleIcon role={group.role} />
      <div className="min-w-0 flex-1 leading-tight">
        <div className="truncate text-[12px] font-medium text-slate-900">
          {group.count} × {ROLE_SHORT[group.role]}
          {subtype ? <span className="font-normal text-slate-500"> · {subtype}</span> : null}
        </div>
        <div className="truncate text-[11px] text-slate-500">
          {group.deploymentType} · {group.vmSize}
        </div>
      </div>
      <FindingBadge badge={data.badge} />
    </div>
  );
}

export const GroupNode = memo(GroupNodeView);

import { Handle, Position, type NodeProps } from "@xyflow/react";
import clsx from "clsx";
import { GripVertical } from "lucide-react";
import { memo } from "react";
import { getRegion } from "@/lib/domain/catalog";
import type { DesignerNode } from "../derive-flow";
import { useLowDetail } from "../detail-level";
import { PROVIDER_COLOUR, PROVIDER_TINT, SEVERITY_COLOUR } from "../visual";
import { FindingBadge } from "./badge";

const handleClass = "!h-3 !w-3 !border-2 !border-white !bg-slate-400";

function RegionNodeView({ data, selected, draggable }: NodeProps<Extract<DesignerNode, { type: "region" }>>) {
  const { region } = data;
  const info = getRegion(region.provider, region.region);
  const lowDetail = useLowDetail();
  return (
    <div
      className={clsx(
        "h-full w-full rounded-lg border bg-white/95 shadow-sm transition-opacity",
        selected ? "border-blue-600 ring-2 ring-blue-600/40" : "border-slate-300",
        selected && lowDetail && "outline-[12px] outline-solid outline-blue-600",
        data.lost && "opacity-35 grayscale",
      )}
      data-testid={`region-${region.id}`}
      aria-label={`Region ${info?.displayName ?? region.region}`}
    >
      {lowDetail ? (
        // Zoomed far out: the header as a bar in the provider's colour, or its worst finding's, without text;
        // selected, the bar is blue and the box gets a thick outline, visible however small it is drawn.
        <div
          className="region-drag-handle h-[46px] cursor-grab rounded-t-lg"
          style={{
            borderTop: `6px solid ${PROVIDER_COLOUR[region.provider]}`,
            backgroundColor: selected ? "#2563eb" : data.badge ? SEVERITY_COLOUR[data.badge.severity] : PROVIDER_TINT[region.provider],
          }}
          title={`${info?.displayName ?? region.region} (${region.region})`}
        />
      ) : (
      <div className="region-drag-handle flex cursor-grab items-start gap-1.5 rounded-t-lg border-b border-slate-200 px-2 py-1.5 active:cursor-grabbing"
        style={{ borderTop: `3px solid ${PROVIDER_COLOUR[region.provider]}` }}>
        <GripVertical size={14} className="mt-0.5 shrink-0 text-slate-400" aria-hidden />
        <div className="min-w-0 flex-1">
          <div className="flex items-center gap-1.5 truncate text-[13px] font-semibold text-slate-900">
            {info?.displayName ?? region.region}
            {region.primary ? <span className="rounded bg-slate-100 px-1 text-[10px] font-medium text-slate-600">primary</span> : null}
          </div>
          <div className="truncate text-[11px] text-slate-500">
            {region.region} · {region.cidr} · {data.validators} validator{data.validators === 1 ? "" : "s"}
          </div>
        </div>
        <FindingBadge badge={data.badge} />
      </div>
      )}
      {/* A region that can't be moved is on the read-only canvas, where nothing can be dropped either. */}
      {data.groupCount === 0 && !lowDetail && draggable ? (
        <div className="m-3 rounded border border-dashed border-slate-300 px-2 py-3 text-center text-[11px] text-slate-500">
          Drop node groups here
        </div>
      ) : null}
      <Handle type="source" position={Position.Right} id="r" className={handleClass} />
      <Handle type="source" position={Position.Left} id="l" className={handleClass} />
      <Handle type="source" position={Position.Top} id="t" className={handleClass} />
      <Handle type="source" position={Position.Bottom} id="b" className={handleClass} />
    </div>
  );
}

export const RegionNode = memo(RegionNodeView);

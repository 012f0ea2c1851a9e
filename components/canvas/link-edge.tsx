import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from "@xyflow/react";
import { memo } from "react";
import type { DesignerEdge } from "./derive-flow";
import { FindingBadge } from "./nodes/badge";

function LinkEdgeView(props: EdgeProps<DesignerEdge>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } = props;
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const rtt = data?.rtt;
  const lost = data?.lost ?? false;
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        style={{
          stroke: lost ? "#cbd5e1" : selected ? "#1d4ed8" : "#64748b",
          strokeWidth: selected ? 2.5 : 1.75,
          strokeDasharray: data?.kind === "vpn" || lost ? "6 4" : undefined,
        }}
        interactionWidth={16}
      />
      <EdgeLabelRenderer>
        <div
          className="nodrag nopan pointer-events-auto absolute flex items-center gap-1 rounded-full border border-slate-200 bg-white px-2 py-0.5 text-[11px] text-slate-700 shadow-xs"
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          title={rtt ? `${rtt.source === "measured" ? "Measured" : "Estimated"} round trip, P95` : "Round trip unknown"}
          data-testid={`link-label-${props.id}`}
        >
          <span className="text-slate-500">{data?.kind}</span>
          <span className="font-medium">{rtt ? `${rtt.source === "estimated" ? "~" : ""}${Math.round(rtt.rttMs)} ms` : "? ms"}</span>
          <FindingBadge badge={data?.badge} />
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

export const LinkEdge = memo(LinkEdgeView);

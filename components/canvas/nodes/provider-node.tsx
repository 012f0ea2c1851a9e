import type { NodeProps } from "@xyflow/react";
import { PROVIDER_LABELS } from "@/lib/domain/schema";
import type { DesignerNode } from "../derive-flow";
import { PROVIDER_COLOUR, PROVIDER_TINT } from "../visual";

export function ProviderNode({ data }: NodeProps<Extract<DesignerNode, { type: "provider" }>>) {
  return (
    <div
      className="h-full w-full rounded-xl border-2 border-dashed"
      style={{ borderColor: `${PROVIDER_COLOUR[data.provider]}55`, backgroundColor: `${PROVIDER_TINT[data.provider]}99` }}
    >
      <div className="px-3 pt-1.5 text-xs font-semibold uppercase tracking-wide" style={{ color: PROVIDER_COLOUR[data.provider] }}>
        {PROVIDER_LABELS[data.provider]}
      </div>
    </div>
  );
}

import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps, type NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { DesignerEdge, DesignerNode } from "../derive-flow";
import { LinkEdge } from "../link-edge";
import { GroupNode } from "../nodes/group-node";
import { ProviderNode } from "../nodes/provider-node";
import { RegionNode } from "../nodes/region-node";
import { CommentPin } from "./comment-pin";
import { MARK_COLOUR, overlayOf } from "./overlay";
import { OverlayFrame } from "./overlay-frame";

type RegionProps = NodeProps<Extract<DesignerNode, { type: "region" }>>;
type GroupProps = NodeProps<Extract<DesignerNode, { type: "nodeGroup" }>>;

const OverlayRegionNode = memo(function OverlayRegionNode(props: RegionProps) {
  return (
    <OverlayFrame overlay={overlayOf(props.data)} rounded="rounded-lg">
      <RegionNode {...props} />
    </OverlayFrame>
  );
});

const OverlayGroupNode = memo(function OverlayGroupNode(props: GroupProps) {
  return (
    <OverlayFrame overlay={overlayOf(props.data)} rounded="rounded-md">
      <GroupNode {...props} />
    </OverlayFrame>
  );
});

/** A link with its diff mark as a wide halo under the line and its comment pin beside the label. */
const OverlayLinkEdge = memo(function OverlayLinkEdge(props: EdgeProps<DesignerEdge>) {
  const overlay = overlayOf(props.data);
  const [path, labelX, labelY] = getBezierPath(props);
  return (
    <>
      {overlay?.mark ? (
        <BaseEdge path={path} style={{ stroke: MARK_COLOUR[overlay.mark], strokeWidth: 9, strokeOpacity: 0.45, strokeDasharray: overlay.mark === "removed" ? "10 6" : undefined }} />
      ) : null}
      <LinkEdge {...props} />
      {overlay?.comments ? (
        <EdgeLabelRenderer>
          {/* Beside the link's label (to its right), where a region box can't hide it. */}
          <div className="absolute" style={{ transform: `translate(0, -50%) translate(${labelX + 62}px, ${labelY}px)` }}>
            <CommentPin count={overlay.comments} />
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
});

/** Node and edge types of the read-only canvases (visual diff, review): the designer's, with overlays. */
export const overlayNodeTypes = { provider: ProviderNode, region: OverlayRegionNode, nodeGroup: OverlayGroupNode };
export const overlayEdgeTypes = { link: OverlayLinkEdge };

"use client";

// The world map face of a topology document: regions as pins at their catalog coordinates, declared
// links as great-circle arcs coloured by round-trip time. Drawn with d3-geo on the bundled
// Natural Earth 1:110m countries (world-atlas), so it needs no tile server and no network.
//
// This file sizes the map and notes what it cannot draw; map-canvas.tsx draws it, with the zoom
// (use-map-zoom), the pointer and keys (use-map-pointer), the layers (map-layers) and the chrome
// (map-legend, map-controls) each in a file of their own.

import clsx from "clsx";
import { useMemo, useRef, type JSX } from "react";
import type { TopologyDocument } from "@/lib/domain/schema";
import { MapCanvas } from "./map-canvas";
import { describeUnplaced, type Severity } from "./map-geometry";
import { buildMapModel } from "./map-model";
import { OCEAN_FILL } from "./map-style";
import { useBoxSize } from "./use-box-size";

export interface TopologyMapProps {
  doc: TopologyDocument;
  /** Document element ids (region or link ids). */
  selectedIds: ReadonlySet<string>;
  onSelect(id: string | null, additive: boolean): void;
  /** Regions lost in a simulated outage: drawn greyed out, their links dashed grey. */
  lostRegionIds?: ReadonlySet<string>;
  /** Worst finding per element id. */
  badges?: ReadonlyMap<string, Severity>;
  /**
   * Fixed size in px. Without it the map fills its box (16:9 by default, or whatever `className`
   * gives it) and follows its size with a ResizeObserver; the fixed size is also what server
   * rendering draws before the first measurement.
   */
  width?: number;
  height?: number;
  /** Classes of the map's box, e.g. "h-full w-full" to fill a sized parent. */
  className?: string;
}

const EMPTY_SET: ReadonlySet<string> = new Set();
const EMPTY_BADGES: ReadonlyMap<string, Severity> = new Map();

export function TopologyMap(props: TopologyMapProps): JSX.Element {
  const { doc } = props;
  const fixed = props.width !== undefined && props.height !== undefined;
  const boxRef = useRef<HTMLDivElement>(null);
  // A fixed size draws at once (also on the server); otherwise the map is drawn once its box is measured,
  // so nothing is computed for a size that is never shown.
  const size = useBoxSize(boxRef, fixed ? { width: props.width as number, height: props.height as number } : null);

  // Independent of the screen: the document's regions and links (with RTTs), memoised on the document.
  const model = useMemo(() => buildMapModel(doc.regions, doc.nodeGroups, doc.links), [doc.regions, doc.nodeGroups, doc.links]);
  const unplacedNote = describeUnplaced(model.unplaced);

  return (
    <div className={clsx("flex flex-col gap-1.5", props.className && !fixed && "h-full")}>
      <div
        ref={boxRef}
        className={clsx(
          "relative overflow-hidden rounded-md border border-slate-200",
          fixed && "box-content",
          props.className ?? (fixed ? undefined : "aspect-[16/9] w-full"),
        )}
        style={{ backgroundColor: OCEAN_FILL, ...(fixed ? { width: props.width, height: props.height } : {}) }}
      >
        {size ? (
          <MapCanvas
            model={model}
            width={size.width}
            height={size.height}
            selectedIds={props.selectedIds}
            onSelect={props.onSelect}
            lostRegionIds={props.lostRegionIds ?? EMPTY_SET}
            badges={props.badges ?? EMPTY_BADGES}
          />
        ) : null}
      </div>
      {unplacedNote || model.undrawnLinkCount > 0 ? (
        <p className="text-xs text-slate-600">
          {unplacedNote}
          {unplacedNote && model.undrawnLinkCount > 0 ? ". " : null}
          {model.undrawnLinkCount > 0
            ? `${model.undrawnLinkCount} link${model.undrawnLinkCount === 1 ? "" : "s"} not drawn (an end is not on the map).`
            : unplacedNote
              ? "."
              : null}
        </p>
      ) : null}
    </div>
  );
}

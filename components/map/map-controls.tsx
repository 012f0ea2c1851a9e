"use client";

import { Minus, Plus, Scan } from "lucide-react";
import type { ReactNode } from "react";

interface ZoomControlsProps {
  canZoomIn: boolean;
  canZoomOut: boolean;
  /** Whether the view already follows the regions, so "Fit" has nothing to do. */
  isFitted: boolean;
  onZoomIn(): void;
  onZoomOut(): void;
  onFit(): void;
}

/** The zoom buttons in the map's top right corner. */
export function ZoomControls({ canZoomIn, canZoomOut, isFitted, onZoomIn, onZoomOut, onFit }: ZoomControlsProps) {
  return (
    <div className="absolute top-2 right-2 flex flex-col overflow-hidden rounded-md border border-slate-200 bg-white/90 shadow-sm">
      <ZoomButton label="Zoom in" onClick={onZoomIn} disabled={!canZoomIn}>
        <Plus className="size-3.5" aria-hidden="true" />
      </ZoomButton>
      <ZoomButton label="Zoom out" onClick={onZoomOut} disabled={!canZoomOut}>
        <Minus className="size-3.5" aria-hidden="true" />
      </ZoomButton>
      <ZoomButton label="Fit to regions" onClick={onFit} disabled={isFitted}>
        <Scan className="size-3.5" aria-hidden="true" />
      </ZoomButton>
    </div>
  );
}

function ZoomButton({ label, onClick, disabled, children }: { label: string; onClick(): void; disabled: boolean; children: ReactNode }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      onClick={onClick}
      disabled={disabled}
      className="flex size-7 items-center justify-center text-slate-700 hover:bg-slate-100 disabled:text-slate-300 [&:not(:last-child)]:border-b [&:not(:last-child)]:border-slate-200"
    >
      {children}
    </button>
  );
}

import { PROVIDER_LABELS } from "@/lib/domain/schema";
import { type Provider } from "@/lib/domain/region-key";
import { LOST_COLOUR, PROVIDER_COLOURS, RTT_BANDS } from "./map-geometry";

export interface MapLegendProps {
  /** Providers that appear on the map, in the order to list them. */
  providers: readonly Provider[];
  /** Whether to explain the greyed-out look of regions lost in a simulated outage. */
  showLost?: boolean;
  /** Fill of a lost region's pin, e.g. the map's hatch pattern `url(#…)`; plain light grey without it. */
  lostFill?: string;
  className?: string;
}

/** The map's key as text: round-trip time colours (ms), measured vs estimated, providers, outage. */
export function MapLegend({ providers, showLost = false, lostFill = "#f2f4f7", className }: MapLegendProps) {
  return (
    <div
      className={
        "rounded-md border border-slate-200 bg-white/90 px-2.5 py-1.5 text-[11px] leading-4 text-slate-700 shadow-sm " +
        (className ?? "")
      }
    >
      <p className="font-medium text-slate-900">Round-trip time</p>
      <ul className="mt-0.5 flex flex-wrap gap-x-3 gap-y-0.5" aria-label="Round-trip time colours">
        {RTT_BANDS.map((band) => (
          <li key={band.name} className="inline-flex items-center gap-1">
            <LineSwatch colour={band.colour} />
            {band.label}
          </li>
        ))}
      </ul>
      <ul className="mt-0.5 flex flex-wrap gap-x-3 gap-y-0.5" aria-label="Line styles">
        <li className="inline-flex items-center gap-1">
          <LineSwatch colour="#475467" />
          measured
        </li>
        <li className="inline-flex items-center gap-1">
          <LineSwatch colour="#475467" dashed />
          estimated
        </li>
      </ul>
      {providers.length > 0 || showLost ? (
        <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5 border-t border-slate-100 pt-1" aria-label="Regions">
          {providers.map((p) => (
            <li key={p} className="inline-flex items-center gap-1">
              <svg width="10" height="10" aria-hidden="true">
                <circle cx="5" cy="5" r="4" fill={PROVIDER_COLOURS[p]} />
              </svg>
              {PROVIDER_LABELS[p]}
            </li>
          ))}
          {showLost ? (
            <li className="inline-flex items-center gap-1">
              <svg width="10" height="10" aria-hidden="true">
                <circle cx="5" cy="5" r="4" fill={lostFill} stroke={LOST_COLOUR} strokeWidth="1.5" />
              </svg>
              lost in outage
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}

function LineSwatch({ colour, dashed = false }: { colour: string; dashed?: boolean }) {
  return (
    <svg width="18" height="6" aria-hidden="true">
      <line x1="1" y1="3" x2="17" y2="3" stroke={colour} strokeWidth="2" strokeLinecap="round" strokeDasharray={dashed ? "3 3" : undefined} />
    </svg>
  );
}

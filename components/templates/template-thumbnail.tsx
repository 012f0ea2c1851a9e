import { getRegion } from "@/lib/domain/catalog";
import type { Provider } from "@/lib/domain/schema";
import { PROVIDER_COLOUR } from "@/components/canvas/visual";

const W = 240;
const H = 110;

/** Where a template's regions are, drawn as provider-coloured pins on a plain equirectangular frame. */
export function TemplateThumbnail({ regions, title }: { regions: { provider: Provider; region: string }[]; title: string }) {
  const points = regions
    .map((r) => ({ ...r, info: getRegion(r.provider, r.region) }))
    .filter((p) => p.info)
    .map((p) => ({ provider: p.provider, x: ((p.info!.lon + 180) / 360) * W, y: ((75 - p.info!.lat) / 135) * H }));
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="h-24 w-full rounded-md bg-slate-50" role="img" aria-label={`Regions of ${title}: ${regions.map((r) => r.region).join(", ")}`}>
      {[-120, -60, 0, 60, 120].map((lon) => (
        <line key={lon} x1={((lon + 180) / 360) * W} x2={((lon + 180) / 360) * W} y1={0} y2={H} stroke="#e2e8f0" strokeWidth={1} />
      ))}
      {[60, 30, 0, -30].map((lat) => (
        <line key={lat} y1={((75 - lat) / 135) * H} y2={((75 - lat) / 135) * H} x1={0} x2={W} stroke="#e2e8f0" strokeWidth={1} />
      ))}
      {points.slice(1).map((p, i) => (
        <line key={i} x1={points[0]!.x} y1={points[0]!.y} x2={p.x} y2={p.y} stroke="#94a3b8" strokeWidth={1} strokeDasharray="3 2" />
      ))}
      {points.map((p, i) => (
        <circle key={i} cx={p.x} cy={p.y} r={4.5} fill={PROVIDER_COLOUR[p.provider]} stroke="white" strokeWidth={1.5} />
      ))}
    </svg>
  );
}

// The base map: Natural Earth 1:110m countries bundled with world-atlas (no tile server, no network).
// Converted from TopoJSON once per process and shared by every map on the page.

import type { FeatureCollection, MultiLineString } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries110m from "world-atlas/countries-110m.json";

/** ISO 3166-1 numeric code of Antarctica: left off, no cloud region lies there and it costs a fifth of the height. */
const ANTARCTICA = "010";

export interface World {
  /** Land of every country but Antarctica; also what the projection is fitted to. */
  land: FeatureCollection;
  /** Borders between countries, drawn as thin lines. */
  borders: MultiLineString;
}

let cached: World | undefined;

export function world(): World {
  if (cached) return cached;
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
  const all = feature(topology, topology.objects.countries);
  const land: FeatureCollection = {
    type: "FeatureCollection",
    features: all.features.filter((f) => String(f.id) !== ANTARCTICA),
  };
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  cached = { land, borders };
  return cached;
}

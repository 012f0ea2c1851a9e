// The map's own paint and type sizes; item colours (providers, RTT bands, severities) are in map-geometry.

export const LAND_FILL = "#e4e7ec";
export const BORDER_STROKE = "#ffffff";
export const OCEAN_FILL = "#f8fafc";
export const LABEL_FILL = "#344054";
export const RTT_LABEL_FILL = "#475467";
export const REGION_LABEL_PX = 11;
export const RTT_LABEL_PX = 10;
/** Space kept around the land when it is fitted to the map's box, px. */
export const FIT_PADDING = 12;

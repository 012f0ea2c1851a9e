/** The designer's two views of one design: the node canvas and the world map. */
export type DesignerView = "canvas" | "map";

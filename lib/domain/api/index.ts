export * from "./topologies";
export * from "./audit";
export * from "./orgs";
export * from "./exports";
export * from "./templates";
export * from "./reviews";
export * from "./review-list";
export * from "./session";

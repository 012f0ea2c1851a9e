export * from "./topologies";
export * from "./audit";

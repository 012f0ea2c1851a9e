export * from "./quorum";
export * from "./reachability";
export * from "./failure-domains";

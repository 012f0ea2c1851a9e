export * from "./quorum";
export * from "./failure-domains";

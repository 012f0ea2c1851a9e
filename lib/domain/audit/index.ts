export * from "./chain";
export * from "./checkpoint";
export * from "./verify-chain";
export * from "./exported-log";

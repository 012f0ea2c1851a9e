export * from "./releases";
export * from "./support-data";
export * from "./queries";
export * from "./besu-removals";
export * from "./readme-section";

export * from "./clouds";
export * from "./model";
export * from "./reach";

export * from "./enums";
export * from "./document";
export * from "./migrate";
export * from "./json-schema";
export * from "./issues";

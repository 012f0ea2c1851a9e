// The cost model's price tables: every figure has a source and a date (PRICE_SOURCES, PRICES_AS_OF).
export * from "./sources";
export * from "./vm-sizes";
export * from "./regional-multipliers";
export * from "./platform-fees";
export * from "./disk-prices";
export * from "./egress-prices";
export * from "./traffic-assumptions";
export * from "./network-fees";

export { computeAvailability, computeAvailabilityAsync, DEFAULT_MAX_EXACT_EVENTS, DEFAULT_SEED, DEFAULT_TRIALS, PRODUCT_AVAILABILITY_TRIALS } from "./compute";
export { compareAvailability, formatDowntimeMinutes, type AvailabilityComparison } from "./compare";
export { MINUTES_PER_YEAR } from "./assumptions";
export { nodeGroupSla } from "./deployment-sla";
export { DEFAULT_CLOUD_AVAILABILITY, REGION_STAND_IN_SLA, SLA, SLA_CHECKED_ON, VPN_GATEWAY_SLA, describeSla, type PublishedSla, type SlaSource } from "./sla-data";
export * from "./types";

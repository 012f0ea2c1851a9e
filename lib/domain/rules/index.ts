export * from "./types";
export { OrgPolicySchema, POLICY_KEYS } from "./policy-schema";
export { validate, enabledPacks, RULES, ALWAYS_ON_PACKS } from "./engine";
export { createIncrementalValidator, revalidate, validateForEdits, type IncrementalValidator, type Validation } from "./incremental";
export { applyFix } from "./apply-fix";
export { residentUnder } from "./residency";
export { buildRuleContext } from "./context";
export { DEFAULT_SERVICES } from "./services";
export { estimateConsensusRound, roundTripsPerRound, type ConsensusRoundEstimate } from "./latency";

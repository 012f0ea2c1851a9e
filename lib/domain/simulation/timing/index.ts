export { DEFAULT_TIMING_SEED, defaultRoundsPerProposer, simulateTiming, TRANSFER_GAS } from "./simulate";
export { roundTimeoutMs } from "./round-timeout";
export type * from "./types";

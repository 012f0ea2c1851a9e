export { DEFAULT_DRILL_SEED, MAX_DRILL_HORIZON_MS, runDrill } from "./run";
export { DrillSyntaxError, parseDrill, parseDurationMs, type ParsedDrill } from "./parse";
export { DrillError } from "./failure";
export { RAFT_ELECTION_TIMEOUT_MS } from "./raft";
export type * from "./types";

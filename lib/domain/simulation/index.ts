// Deployment simulation: block timing from the latency model, outage drills on a timeline, availability from
// published SLAs, and change plans for a running network. Pure, so the designer (in a worker), the server and
// the CLI run the same engine.

export * from "./availability";
export * from "./timing";
export * from "./change-plan";
export { createRandom, normalizeSeed, type SeededRandom } from "./random";
export * from "./drill";
export { simulationReport, type SimulationReport, type SimulationReportInput } from "./report";
export { formatAvailabilityPercent, formatDurationMs } from "./format";

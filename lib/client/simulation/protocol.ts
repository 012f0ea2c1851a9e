// Messages between the designer and the simulation worker. The worker runs the same lib/domain engine as the
// CLI; the page only posts a document and reads answers, so long Monte Carlo runs never block typing.

import type { AvailabilityOptions, AvailabilityResult, DrillResult, DrillSpec, TimingOptions, TimingResult } from "@/lib/domain/simulation";
import type { TopologyDocument } from "@/lib/domain/schema";

type AvailabilityRunOptions = Omit<AvailabilityOptions, "onProgress" | "shouldStop">;

export type SimulationJob =
  | { kind: "timing"; doc: TopologyDocument; options?: TimingOptions }
  | { kind: "availability"; doc: TopologyDocument; options?: AvailabilityRunOptions }
  | { kind: "drill"; doc: TopologyDocument; drill: DrillSpec; options?: { seed?: number } };

export interface SimulationAnswers {
  timing: TimingResult;
  availability: AvailabilityResult;
  drill: DrillResult;
}

export type SimulationRequest = { id: number } & SimulationJob;

export type SimulationResponse =
  | { id: number; type: "progress"; done: number; total: number }
  | { id: number; type: "result"; kind: SimulationJob["kind"]; result: SimulationAnswers[SimulationJob["kind"]] }
  | { id: number; type: "error"; message: string };

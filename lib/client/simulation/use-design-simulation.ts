"use client";

import { useEffect, useMemo, useRef, useState } from "react";
// Leaf modules only: the engine itself runs in the workers, not in the page's bundle.
import type { AvailabilityResult, TimingResult } from "@/lib/domain/simulation";
import { PRODUCT_AVAILABILITY_TRIALS } from "@/lib/domain/simulation/availability/trials";
import type { TopologyDocument } from "@/lib/domain/schema";
import { createSimulationClient, SimulationCancelledError, type SimulationClient } from "./simulation-client";

/** Edits come in bursts (typing a count, dragging): simulate once the design has been still this long. */
const SETTLE_MS = 400;
/** The longest the workers wait for an idle moment after the page opens. */
const START_AFTER_MS = 2_000;

export interface DesignSimulation {
  timing?: TimingResult;
  availability?: AvailabilityResult;
  /** Work done out of the total of the availability run in progress, if one is. */
  progress?: { done: number; total: number };
  /** True while an answer for the current design is still being computed (older answers stay shown). */
  running: boolean;
  error?: string;
  client: SimulationClient | undefined;
}

/**
 * Block timing and availability for the design being edited, computed in workers. Only what the simulator
 * reads (network, regions, node groups, links) starts a new run; moving boxes on the canvas does not.
 */
export function useDesignSimulation(doc: TopologyDocument): DesignSimulation {
  const [client, setClient] = useState<SimulationClient>();
  useEffect(() => {
    // Workers start once the page is idle: drawing the canvas comes first on a two-core laptop.
    let created: SimulationClient | undefined;
    const start = () => {
      created = createSimulationClient();
      setClient(created);
    };
    const idle = typeof requestIdleCallback === "function" ? requestIdleCallback(start, { timeout: START_AFTER_MS }) : undefined;
    const timer = idle === undefined ? setTimeout(start, START_AFTER_MS) : undefined;
    return () => {
      if (idle !== undefined) cancelIdleCallback(idle);
      if (timer !== undefined) clearTimeout(timer);
      created?.dispose();
    };
  }, []);

  // The simulator's inputs, as one object whose identity changes only when one of them does.
  const { network, regions, nodeGroups, links } = doc;
  const inputs = useMemo(() => ({ ...doc, layout: { positions: {} } }), [network, regions, nodeGroups, links]); // eslint-disable-line react-hooks/exhaustive-deps
  const [state, setState] = useState<Omit<DesignSimulation, "client">>({ running: false });
  const generation = useRef(0);

  useEffect(() => {
    if (!client) return;
    const mine = ++generation.current;
    setState((s) => ({ ...s, running: true, error: undefined }));
    let timing: ReturnType<SimulationClient["run"]> | undefined;
    let availability: ReturnType<SimulationClient["run"]> | undefined;
    const timer = setTimeout(() => {
      const current = () => generation.current === mine;
      const timingRun = client.run({ kind: "timing", doc: inputs });
      const availabilityRun = client.run({ kind: "availability", doc: inputs, options: { trials: PRODUCT_AVAILABILITY_TRIALS } }, (done, total) => {
        if (current()) setState((s) => ({ ...s, progress: { done, total } }));
      });
      timing = timingRun;
      availability = availabilityRun;
      timingRun.result.then((result) => current() && setState((s) => ({ ...s, timing: result })), (error) => current() && fail(error));
      availabilityRun.result.then(
        (result) => current() && setState((s) => ({ ...s, availability: result, progress: undefined })),
        (error) => current() && fail(error),
      );
      void Promise.allSettled([timingRun.result, availabilityRun.result]).then(() => current() && setState((s) => ({ ...s, running: false })));
    }, SETTLE_MS);
    const fail = (error: unknown) => {
      if (error instanceof SimulationCancelledError) return;
      setState((s) => ({ ...s, error: error instanceof Error ? error.message : String(error), running: false, progress: undefined }));
    };
    return () => {
      clearTimeout(timer);
      timing?.cancel();
      availability?.cancel();
    };
  }, [client, inputs]);

  return { ...state, client };
}

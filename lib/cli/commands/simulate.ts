// meridian simulate <file>: block timing from the latency model, an optional outage drill on a timeline, and
// availability from published SLAs, in one document (the engine the designer runs in its worker).

import {
  computeAvailability, DrillError, PRODUCT_AVAILABILITY_TRIALS, DrillSyntaxError, parseDrill, parseDurationMs, runDrill, simulateTiming, simulationReport,
  type DrillSpec,
} from "../../domain/simulation";
import { choiceOption, expectPositionals, parseCommandArgs, stringOption } from "../args";
import type { Command } from "../command";
import { EXIT_OK, InputError, UsageError } from "../errors";
import { writeJson } from "../io";
import { loadTopology } from "../load-topology";
import { simulationText } from "./simulate-text";

const HELP = `Usage: meridian simulate <file> [--drill SPEC] [--duration D] [--seed N] [--trials N] [--format text|json]

Simulates a topology (Meridian document or QDQ file) before it exists: how fast blocks are final across its
regions, what happens second by second when something fails, and how much downtime to expect in a year.
<file> may be "-" for standard input. The same seed gives the same answer.

Options:
  --drill SPEC       play an outage: region:azure:eastus@60s, provider:aws@30s, link:<id>@10s,
                     validators:2@5s or validators:2:<region-id>@5s; add +120s to recover 120 s later
  --duration D       how long the drill plays (default 300s, or long enough to see a recovery); ms, s, m, h
  --seed N           seed of every random stream (message delays, rotation, Monte Carlo); default 1
  --trials N         Monte Carlo trials for availability when exact enumeration is too large (default 200000,
                     the same as the designer, the compliance report and the version diff)
  --format text|json output format (default text)
  -h, --help         show this help

JSON output: {design, seed, timing, drill?, availability}. timing.commitMs.p50/.p95 (proposal to commit over
proposers, ms), timing.blockIntervalMs.p50, availability.probability and availability.downtimeMinutesPerYear,
each with the assumptions it rests on. A design that cannot produce blocks says so (timing.producesBlocks false).
`;

/** A drill with no recovery plays this long after the failure; with one, this long after the recovery. */
const DRILL_TAIL_MS = 60_000;
const DEFAULT_DRILL_HORIZON_MS = 300_000;

export const simulateCommand: Command = {
  name: "simulate",
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs("simulate", args, {
      drill: { type: "string" },
      duration: { type: "string" },
      seed: { type: "string" },
      trials: { type: "string" },
      format: { type: "string" },
    });
    if (values.help) {
      io.stdout(HELP);
      return EXIT_OK;
    }
    const format = choiceOption("simulate", values, "format", ["text", "json"] as const, "text");
    const seed = wholeNumberOption(values, "seed", 0, 4_294_967_295) ?? 1;
    const trials = wholeNumberOption(values, "trials", 1_000, 100_000_000);
    const drill = drillSpecOf(stringOption(values, "drill"), stringOption(values, "duration"));
    const [file] = expectPositionals("simulate", positionals, ["file"]);
    const loaded = await loadTopology(file!, io);
    for (const w of loaded.warnings) io.stderr(`warning: ${w}\n`);
    const doc = loaded.document;

    let drillResult;
    try {
      drillResult = drill ? runDrill(doc, drill, { seed }) : undefined;
    } catch (error) {
      if (error instanceof DrillError) throw new InputError(error.message);
      throw error;
    }
    const report = simulationReport({
      doc,
      seed,
      timing: simulateTiming(doc, { seed }),
      drill: drillResult,
      availability: computeAvailability(doc, { seed, trials: trials ?? PRODUCT_AVAILABILITY_TRIALS }),
    });
    if (format === "json") writeJson(io, report);
    else io.stdout(simulationText(report));
    return EXIT_OK;
  },
};

function drillSpecOf(text: string | undefined, duration: string | undefined): DrillSpec | undefined {
  if (text === undefined) {
    if (duration !== undefined) throw new UsageError("--duration sets how long a drill plays: give --drill as well", "simulate");
    return undefined;
  }
  try {
    const parsed = parseDrill(text);
    const horizonMs = duration !== undefined
      ? parseDurationMs(duration)
      : Math.max(DEFAULT_DRILL_HORIZON_MS, (parsed.recoverAtMs ?? parsed.atMs) + DRILL_TAIL_MS);
    if (horizonMs <= parsed.atMs) {
      throw new DrillSyntaxError(`--duration ${duration} ends before the failure at ${parsed.atMs / 1000} s: play the drill longer`);
    }
    return { ...parsed, horizonMs };
  } catch (error) {
    if (error instanceof DrillSyntaxError) throw new UsageError(error.message, "simulate");
    throw error;
  }
}

function wholeNumberOption(values: Record<string, string | boolean | undefined>, name: string, min: number, max: number): number | undefined {
  const text = stringOption(values, name);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value < min || value > max) {
    throw new UsageError(`--${name} must be a whole number from ${min.toLocaleString("en-US")} to ${max.toLocaleString("en-US")}, not "${text}"`, "simulate");
  }
  return value;
}

// meridian optimise <spec>: the cheapest (or fastest, or greenest) design meeting the requirements, solved with
// HiGHS and reported with its metrics, a cost x latency x carbon Pareto front, the reasons and the carbon
// sources; exit 1 when none exists.

import { optimise, OptimiseInputError, type OptimiseResult } from "../../domain/optimise";
import { createHighsSolver } from "../../solver/highs";
import { choiceOption, expectPositionals, parseCommandArgs } from "../args";
import type { Command } from "../command";
import { EXIT_FINDINGS, EXIT_OK, InputError } from "../errors";
import { parseStructured, readInput, writeJson } from "../io";

const HELP = `Usage: meridian optimise <spec> [--format text|json]

Places validators, bootnodes and RPC nodes across Azure, AWS and Google Cloud regions so the network meets
the spec at the least cost (or round trip, or carbon), and proves it optimal with a mixed-integer solver (HiGHS).
<spec> is JSON or YAML, or "-" for standard input:
  {"client": "besu", "consensus": "qbft", "validators": 4 | {"min": 4, "max": 7},
   "tolerate": {"regions": 1, "provider": false}, "providers": ["aws", "gcp"], "regions": ["aws:eu-west-1"],
   "excludeRegions": [], "packs": ["gdpr"], "maxValidatorsPerRegion": 2, "maxRttMs": 80,
   "budgetUsdMonth": 5000, "objective": "cost" | "latency" | "carbon" | {"cost": 1, "latency": 10, "carbon": 5},
   "rpc": 2, "pinned": {"regions": ["aws:eu-west-1"], "validators": {"aws:eu-west-1": 2}},
   "demand": [{"region": "aws:ap-northeast-1", "share": 0.3, "maxRttMs": 30}]}

Options:
  --format text|json output format (default text)
  -h, --help         show this help

JSON output: {design, metrics: {costUsdMonth, modelCostUsdMonth, egressUsdMonth, maxRttMs, carbonKgCo2eMonth,
carbonEstimated, carbonEstimatedRegions, tolerance}, pareto: [{costUsdMonth, maxRttMs, carbonKgCo2eMonth,
validators, regions}] (non-dominated points only), explanation: [...], solver: {status, gapPercent, optimal,
seconds, solves}, sources: [carbon data attributions]}. "optimal" only when every solve was proven optimal with a zero gap.
Exit codes: 0 a design, 1 no design meets the spec (the explanation names the constraint), 2 bad spec.
`;

export const optimiseCommand: Command = {
  name: "optimise",
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs("optimise", args, { format: { type: "string" } });
    if (values.help) {
      io.stdout(HELP);
      return EXIT_OK;
    }
    const format = choiceOption("optimise", values, "format", ["text", "json"] as const, "text");
    const [file] = expectPositionals("optimise", positionals, ["spec"]);
    const input = await readInput(file!, io);
    const parsed = parseStructured(input);
    if (parsed.kind !== "data") throw new InputError(`${input.name} is not a JSON or YAML optimiser spec`);
    let result: OptimiseResult;
    try {
      result = await optimise(parsed.value as never, createHighsSolver());
    } catch (error) {
      if (error instanceof OptimiseInputError) throw new InputError(`${input.name}: ${error.message}`, error.details);
      throw error;
    }
    const report = { design: result.design ?? null, metrics: result.metrics ?? null, pareto: result.pareto, explanation: result.explanation, solver: result.solver, sources: result.sources };
    if (format === "json") writeJson(io, report);
    else io.stdout(optimiseText(result));
    return result.feasible ? EXIT_OK : EXIT_FINDINGS;
  },
};

function optimiseText(r: OptimiseResult): string {
  const lines: string[] = [];
  if (r.metrics) {
    const m = r.metrics;
    lines.push(`Design: $${m.costUsdMonth.toFixed(2)} a month ($${m.egressUsdMonth.toFixed(2)} of it traffic between regions), largest validator round trip ${m.maxRttMs.toFixed(1)} ms.`);
    lines.push(`Carbon: ${m.carbonKgCo2eMonth.toFixed(2)} kg CO2e a month${m.carbonEstimated ? ` (grid factor estimated for ${m.carbonEstimatedRegions.join(", ")})` : ""}.`);
    lines.push(`Tolerates: any ${m.tolerance.regions} region${m.tolerance.regions === 1 ? "" : "s"}${m.tolerance.provider ? " and any one cloud" : ""} (${m.tolerance.validators} validators, quorum ${m.tolerance.quorum}).`);
  }
  lines.push(...r.explanation);
  if (r.pareto.length > 1) {
    lines.push("", "Cost x latency x carbon (no point better on all three):");
    for (const p of r.pareto) lines.push(`  $${p.costUsdMonth.toFixed(2)}  ${p.maxRttMs.toFixed(1)} ms  ${p.carbonKgCo2eMonth.toFixed(2)} kg CO2e  ${p.regions.join(", ")}`);
  }
  if (r.metrics) lines.push("", "Carbon sources:", ...r.sources.map((s) => `  ${s}`));
  const s = r.solver;
  lines.push("", `Solver: ${s.status}${s.optimal ? "" : ` (gap ${s.gapPercent}%)`}, ${s.solves} solves in ${s.seconds.toFixed(2)} s.`);
  return `${lines.join("\n")}\n`;
}

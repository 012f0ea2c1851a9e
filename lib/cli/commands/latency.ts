// meridian latency <a> <b>: the round trip between two regions, measured (Azure pairs) or estimated.

import { AZURE_LATENCY_ATTRIBUTION, LATENCY_BASIS, rtt } from "../../domain/latency";
import { readRegionRef } from "../../domain/region-key";
import { choiceOption, expectPositionals, parseCommandArgs } from "../args";
import type { Command } from "../command";
import { EXIT_OK, InputError } from "../errors";
import { writeJson } from "../io";

const HELP = `Usage: meridian latency <provider:region> <provider:region> [--format text|json]

Round-trip time between two regions: Azure's published P95 measurement where one exists, else Meridian's
estimate (a distance fit corrected by the measured pairs near both ends; text output says what it rests on). A bare region name is Azure (eastus); others take a prefix (aws:us-east-1, gcp:europe-west1).

Options:
  --format text|json   output format (default text); JSON is {rttMs, source}, source "measured" or
                       "estimated", rttMs to 0.1 ms; a measured result also carries its attribution
  -h, --help           show this help
`;

export const latencyCommand: Command = {
  name: "latency",
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs("latency", args, { format: { type: "string" } });
    if (values.help) {
      io.stdout(HELP);
      return EXIT_OK;
    }
    const format = choiceOption("latency", values, "format", ["text", "json"] as const, "text");
    const [a, b] = expectPositionals("latency", positionals, ["provider:region", "provider:region"]);
    let result: { rttMs: number; source: string };
    try {
      result = rtt(a!.trim(), b!.trim());
    } catch (error) {
      throw new InputError((error as Error).message);
    }
    const rttMs = Math.round(result.rttMs * 10) / 10;
    // The measurements are CC BY 4.0: wherever one is shown, its source goes with it.
    const attribution = result.source === "measured" ? AZURE_LATENCY_ATTRIBUTION : undefined;
    if (format === "json") writeJson(io, { rttMs, source: result.source, ...(attribution && { attribution }) });
    else {
      const basis = attribution ? `Source: ${attribution}` : `Estimated from: ${estimateBasisOf(a!.trim(), b!.trim())}`;
      io.stdout(`${a} <-> ${b}: ${rttMs.toFixed(1)} ms round trip (${result.source})\n${basis}\n`);
    }
    return EXIT_OK;
  },
};

/** What an estimate for this pair rests on: the weaker provider's basis (one without measurements, if either). */
function estimateBasisOf(a: string, b: string): string {
  const providers = [readRegionRef(a).provider, readRegionRef(b).provider];
  const unmeasured = providers.find((p) => LATENCY_BASIS[p].measuredSource === null);
  return LATENCY_BASIS[unmeasured ?? providers[0]!].estimate;
}

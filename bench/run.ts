// `npm run bench`: runs each section in turn and prints ONE JSON document on stdout; progress goes to stderr.
// Run a subset with `npm run -s bench -- validation cost`; `--out=file.json` also writes the report to a file
// (`npm run` prints its own "> meridian@0.1.0 bench" banner on stdout unless given -s). To add a section, add
// one line to SECTIONS.

import { writeFileSync } from "node:fs";
import { canvasBench } from "./canvas";
import { costBench } from "./cost";
import { hotLoopsBench } from "./hot-loops";
import { latencyBench } from "./latency";
import { machineInfo } from "./machine";
import { optimiserBench } from "./optimiser";
import { persistenceBench } from "./persistence";
import { simulationBench } from "./simulation";
import { log, round } from "./stats";
import { validationBench } from "./validation";
import { verifyBundleBench } from "./verify-bundle";

const SECTIONS: Record<string, () => Promise<unknown>> = {
  machine: machineInfo,
  validation: validationBench,
  cost: costBench,
  latencyModel: latencyBench,
  hotLoops: hotLoopsBench,
  persistence: persistenceBench,
  canvas: canvasBench,
  verifyBundle: verifyBundleBench,
  simulation: simulationBench,
  optimiser: optimiserBench,
};

async function main() {
  // Anything a library prints must not corrupt the JSON on stdout.
  console.log = console.error;
  console.info = console.error;
  const args = process.argv.slice(2);
  const out = args.find((a) => a.startsWith("--out="))?.slice("--out=".length);
  const wanted = args.filter((a) => !a.startsWith("--"));
  const unknown = wanted.filter((name) => !(name in SECTIONS));
  if (unknown.length) throw new Error(`unknown section(s): ${unknown.join(", ")}; known: ${Object.keys(SECTIONS).join(", ")}`);

  const started = performance.now();
  const report: Record<string, unknown> = {};
  for (const [name, run] of Object.entries(SECTIONS)) {
    if (wanted.length && name !== "machine" && !wanted.includes(name)) continue;
    const t0 = performance.now();
    try {
      report[name] = await run();
    } catch (error) {
      // One failing section must not lose the others' numbers.
      log(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      report[name] = { error: error instanceof Error ? error.message : String(error) };
    }
    log(`${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  report.totalSeconds = round((performance.now() - started) / 1000, 1);
  if (out) writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  await new Promise<void>((resolve) => process.stdout.write(`${JSON.stringify(report, null, 2)}\n`, () => resolve()));
}

// Exit explicitly: a library's stray timer or idle pool must not keep the process alive after the report.
main().then(
  () => process.exit(0),
  (error) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);

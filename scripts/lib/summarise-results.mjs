// Prints one closing line over every runner: "total: N passed, N failed". A runner that could not
// start or finish (no results, empty or unreadable results, errors outside any test) counts as one
// failure, named with the reason, so a run that never got going cannot read as "0 failed".
// Exits 1 when anything failed.
//
//   node scripts/lib/summarise-results.mjs test-results/vitest.json test-results/playwright.json ...
import { existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";

/** The first line of an error message, without terminal colours, short enough for a summary. */
function firstLine(text) {
  const line = String(text ?? "").replace(/\u001b\[[0-9;]*m/g, "").split("\n").find((l) => l.trim()) ?? "";
  return line.trim().slice(0, 200);
}

/** Counts from vitest's JSON reporter (Jest-compatible); a file that failed outside its tests is a failure. */
function vitestCounts(report) {
  const problems = [];
  for (const file of report.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).some((a) => a.status === "failed");
    if (file.status === "failed" && !failedTests) problems.push(`${file.name}: ${firstLine(file.message) || "failed outside its tests"}`);
  }
  let failed = report.numFailedTests + problems.length;
  if (report.success === false && failed === 0) {
    problems.push("reported failure outside any test (an unhandled error?)");
    failed = 1;
  }
  const ran = report.numTotalTests ?? report.numPassedTests + report.numFailedTests;
  return { passed: report.numPassedTests, failed, skipped: report.numPendingTests + (report.numTodoTests ?? 0), ran, problems };
}

/** Counts from Playwright's JSON reporter; `errors` are failures outside tests (a web server that did not start). */
function playwrightCounts(report) {
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  const problems = (report.errors ?? []).map((e) => firstLine(e.message ?? e.value ?? e.stack) || "an error outside any test");
  return { passed: expected + flaky, failed: unexpected + problems.length, skipped, ran: expected + unexpected + flaky, problems };
}

/** One runner's counts, or why it has none. */
function readRunner(file) {
  if (!existsSync(file)) return { error: "no results: the runner did not start or did not finish" };
  const text = readFileSync(file, "utf8");
  if (!text.trim()) return { error: "empty results: the runner stopped before writing them" };
  let report;
  try {
    report = JSON.parse(text);
  } catch (error) {
    return { error: `unreadable results (${firstLine(error.message)})` };
  }
  const counts = report && "numPassedTests" in report ? vitestCounts(report) : report?.stats ? playwrightCounts(report) : null;
  if (!counts) return { error: "results in a form this summary does not know" };
  if (counts.ran === 0 && counts.problems.length) return { error: `could not run: ${counts.problems.join("; ")}` };
  return counts;
}

function main(files) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const broken = [];
  for (const file of files) {
    const runner = basename(file, ".json");
    const result = readRunner(file);
    if (result.error) {
      console.log(`${runner}: FAILED, ${result.error}`);
      failed += 1;
      broken.push(runner);
      continue;
    }
    for (const problem of result.problems) console.log(`${runner}: failed, ${problem}`);
    passed += result.passed;
    failed += result.failed;
    skipped += result.skipped;
  }
  const notStarted = broken.length ? ` (${broken.join(", ")} did not run)` : "";
  console.log(`total: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}${notStarted}`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));

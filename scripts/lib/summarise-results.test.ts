// The closing summary of `npm test` (scripts/lib/summarise-results.mjs): a runner that could not start
// must count as failed, with its name and the reason, and the summary must exit non-zero for it.

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const SCRIPT = resolve(__dirname, "summarise-results.mjs");
const dir = mkdtempSync(join(tmpdir(), "meridian-summary-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes each fixture (a string as it is, anything else as JSON) and runs the summary over them in order. */
function summarise(files: Record<string, unknown>) {
  const paths = Object.entries(files).map(([name, content]) => {
    const path = join(dir, name);
    if (content !== undefined) writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
    return path;
  });
  const result = spawnSync(process.execPath, [SCRIPT, ...paths], { encoding: "utf8" });
  return { out: result.stdout, status: result.status, total: result.stdout.trim().split("\n").at(-1) };
}

const vitestReport = (passed: number, failed: number, extra: Record<string, unknown> = {}) => ({
  numTotalTests: passed + failed,
  numPassedTests: passed,
  numFailedTests: failed,
  numPendingTests: 0,
  numTodoTests: 0,
  success: failed === 0,
  testResults: [],
  ...extra,
});

const playwrightReport = (stats: { expected: number; unexpected: number; skipped?: number; flaky?: number }, errors: { message: string }[] = []) => ({
  config: {},
  suites: [],
  errors,
  stats: { startTime: "2026-01-01T00:00:00.000Z", duration: 1, skipped: 0, flaky: 0, ...stats },
});

const WEB_SERVER_ERROR = { message: "Error: Process from config.webServer was not able to start. Exit code: 1", stack: "Error: ..." };

describe("the test summary", () => {
  it("adds up runners that all passed and exits 0", () => {
    const { total, status } = summarise({
      "vitest.json": vitestReport(120, 0),
      "playwright.json": playwrightReport({ expected: 30, unexpected: 0, skipped: 2, flaky: 1 }),
    });
    expect(total).toBe("total: 151 passed, 0 failed, 2 skipped");
    expect(status).toBe(0);
  });

  it("counts failed tests and exits 1", () => {
    const { total, status } = summarise({
      "vitest.json": vitestReport(118, 2),
      "playwright.json": playwrightReport({ expected: 29, unexpected: 1 }),
    });
    expect(total).toBe("total: 147 passed, 3 failed");
    expect(status).toBe(1);
  });

  it("counts a runner whose results are missing as failed, by name", () => {
    const { out, total, status } = summarise({ "vitest.json": vitestReport(10, 0), "playwright-sso.json": undefined });
    expect(out).toContain("playwright-sso: FAILED, no results");
    expect(total).toBe("total: 10 passed, 1 failed (playwright-sso did not run)");
    expect(status).toBe(1);
  });

  it("counts empty and unreadable results as failed", () => {
    const { out, total, status } = summarise({ "vitest.json": "", "playwright.json": "{ not json" });
    expect(out).toContain("vitest: FAILED, empty results");
    expect(out).toContain("playwright: FAILED, unreadable results");
    expect(total).toBe("total: 0 passed, 2 failed (vitest, playwright did not run)");
    expect(status).toBe(1);
  });

  it("counts a Playwright run whose web server did not start as failed, never as 0 failed", () => {
    const { out, total, status } = summarise({
      "vitest.json": vitestReport(5, 0),
      "playwright.json": playwrightReport({ expected: 0, unexpected: 0 }, [WEB_SERVER_ERROR]),
    });
    expect(out).toContain("playwright: FAILED, could not run: Error: Process from config.webServer was not able to start. Exit code: 1");
    expect(total).toBe("total: 5 passed, 1 failed (playwright did not run)");
    expect(status).toBe(1);
  });

  it("counts errors outside tests in a run that did run tests (a teardown that threw)", () => {
    const { out, total, status } = summarise({
      "playwright.json": playwrightReport({ expected: 4, unexpected: 0 }, [{ message: "Error: teardown failed\n    at x" }]),
    });
    expect(out).toContain("playwright: failed, Error: teardown failed");
    expect(total).toBe("total: 4 passed, 1 failed");
    expect(status).toBe(1);
  });

  it("counts a vitest file that failed to load, though no test in it failed", () => {
    const report = vitestReport(3, 0, {
      success: false,
      testResults: [
        { name: "/repo/lib/a.test.ts", status: "passed", message: "", assertionResults: [{ status: "passed" }] },
        { name: "/repo/lib/b.test.ts", status: "failed", message: "Failed to load url ./missing", assertionResults: [] },
      ],
    });
    const { out, total, status } = summarise({ "vitest.json": report });
    expect(out).toContain("vitest: failed, /repo/lib/b.test.ts: Failed to load url ./missing");
    expect(total).toBe("total: 3 passed, 1 failed");
    expect(status).toBe(1);
  });
});

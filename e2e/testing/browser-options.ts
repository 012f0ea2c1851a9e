import type { PlaywrightTestConfig } from "@playwright/test";

/** What every browser suite shares: Debian's Chromium, quiet, 1280x800, traces and screenshots kept on failure. */
export const BROWSER_USE = {
  trace: "retain-on-failure",
  screenshot: "only-on-failure",
  viewport: { width: 1280, height: 800 },
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run", "--disable-quic",
    ],
  },
} as const satisfies PlaywrightTestConfig["use"];

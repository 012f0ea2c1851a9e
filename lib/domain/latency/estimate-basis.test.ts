import { describe, expect, it } from "vitest";
import { PROVIDERS } from "../region-key";
import { LATENCY_BASIS, UNBUNDLED_LATENCY_SOURCES } from "./estimate-basis";
import { AZURE_LATENCY_ATTRIBUTION } from "./measured";
import { MEASURED_PAIRS } from "./measured-pairs";

describe("what latency numbers rest on", () => {
  it("names a measured source for exactly the providers whose pairs are bundled", () => {
    for (const provider of PROVIDERS) {
      const bundled = MEASURED_PAIRS.some((p) => p.a.provider === provider && p.b.provider === provider);
      expect(LATENCY_BASIS[provider].measuredSource !== null, provider).toBe(bundled);
    }
    expect(LATENCY_BASIS.azure.measuredSource).toBe(AZURE_LATENCY_ATTRIBUTION);
  });

  it("says for AWS and Google Cloud that nothing of theirs is measured, and why each public source was left out", () => {
    expect(LATENCY_BASIS.aws.estimate).toMatch(/^No AWS measurements are bundled/);
    expect(LATENCY_BASIS.gcp.estimate).toMatch(/^No Google Cloud measurements are bundled/);
    for (const provider of ["aws", "gcp"] as const) {
      expect(UNBUNDLED_LATENCY_SOURCES.some((s) => s.provider === provider && s.whyNotBundled.length > 0)).toBe(true);
    }
  });
});

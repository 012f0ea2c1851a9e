import { describe, expect, it } from "vitest";
import { formatAvailabilityPercent, formatDurationMs } from "./format";

describe("simulation number formats", () => {
  it("shows availability with two significant digits of what is missing", () => {
    expect(formatAvailabilityPercent(0.999949)).toBe("99.9949%");
    expect(formatAvailabilityPercent(0.9999)).toBe("99.99%");
    expect(formatAvailabilityPercent(0.95)).toBe("95%");
    expect(formatAvailabilityPercent(0.5)).toBe("50%");
    expect(formatAvailabilityPercent(1)).toBe("100%");
    expect(formatAvailabilityPercent(0)).toBe("0%");
    expect(formatAvailabilityPercent(Number.NaN)).toBe("—");
  });

  it("shows durations in the unit people read", () => {
    expect(formatDurationMs(84.24)).toBe("84.2 ms");
    expect(formatDurationMs(1250)).toBe("1.25 s");
    expect(formatDurationMs(125_000)).toBe("2 min 5 s");
    expect(formatDurationMs(120_000)).toBe("2 min");
  });
});

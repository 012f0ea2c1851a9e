import { describe, expect, it } from "vitest";
import { compareAvailability, formatDowntimeMinutes } from "./compare";

describe("compareAvailability", () => {
  it("writes the version diff's sentence", () => {
    const comparison = compareAvailability({ downtimeMinutesPerYear: 52.4 }, { downtimeMinutesPerYear: 4.04 }, { before: "v7", after: "v8" });
    expect(comparison).toEqual({
      beforeDowntimeMinutesPerYear: 52.4,
      afterDowntimeMinutesPerYear: 4.04,
      changeMinutesPerYear: 4.04 - 52.4,
      sentence: "v7 -> v8: expected downtime 52 -> 4 minutes a year",
    });
    expect(compareAvailability({ downtimeMinutesPerYear: 4.2 }, { downtimeMinutesPerYear: 1 }).sentence).toBe("expected downtime 4.2 -> 1 minute a year");
  });

  it("formats minutes for people", () => {
    expect([0, 0.05256, 0.26, 4.04, 9.96, 52.56, 525_600].map(formatDowntimeMinutes)).toEqual(["0", "0.053", "0.3", "4", "10", "53", "525600"]);
  });
});

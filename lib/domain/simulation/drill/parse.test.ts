import { describe, expect, it } from "vitest";
import { DrillSyntaxError, parseDrill, parseDurationMs } from "./parse";

describe("the drill syntax", () => {
  it("reads each kind of failure, its moment and its recovery", () => {
    expect(parseDrill("region:azure:eastus@60s")).toEqual({ failure: { kind: "region", regionKey: "azure:eastus" }, atMs: 60_000 });
    expect(parseDrill("region:azure:eastus@60s+120s")).toEqual({ failure: { kind: "region", regionKey: "azure:eastus" }, atMs: 60_000, recoverAtMs: 180_000 });
    expect(parseDrill("provider:aws@30s")).toEqual({ failure: { kind: "provider", provider: "aws" }, atMs: 30_000 });
    expect(parseDrill("link:vpn-eu-us@10s")).toEqual({ failure: { kind: "link", linkId: "vpn-eu-us" }, atMs: 10_000 });
    expect(parseDrill("validators:2@5s")).toEqual({ failure: { kind: "validators", count: 2 }, atMs: 5_000 });
    expect(parseDrill("validators:2:eu-1@1.5m+250ms")).toEqual({ failure: { kind: "validators", count: 2, regionId: "eu-1" }, atMs: 90_000, recoverAtMs: 90_250 });
  });

  it("reads durations in ms, s, m and h", () => {
    expect(parseDurationMs("250ms")).toBe(250);
    expect(parseDurationMs("300s")).toBe(300_000);
    expect(parseDurationMs("2m")).toBe(120_000);
    expect(parseDurationMs("1h")).toBe(3_600_000);
  });

  it("says what is wrong", () => {
    const cases: [string, RegExp][] = [
      ["region:azure:eastus", /has no moment/],
      ["region:eastus@60s", /provider:region/],
      ["provider:ibm@60s", /one of azure, aws, gcp/],
      ["link:@60s", /name the link/],
      ["validators:0@5s", /validators:COUNT/],
      ["validators:two@5s", /validators:COUNT/],
      ["outage:azure@5s", /unknown failure "outage"/],
      ["provider:aws@60", /not a duration/],
      ["provider:aws@60s+0s", /longer than 0/],
      ["provider:aws@60s+1s+2s", /more than one recovery/],
    ];
    for (const [text, message] of cases) expect(() => parseDrill(text), text).toThrow(message);
    expect(() => parseDrill("provider:aws@x")).toThrow(DrillSyntaxError);
  });
});

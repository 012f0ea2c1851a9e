import { describe, expect, it } from "vitest";
import { AZURE_LATENCY_ATTRIBUTION, AZURE_LATENCY_P95_MS, AZURE_LATENCY_REGIONS } from "./measured";
import { MEASURED_PAIRS, MEASURED_RTT_MS, pairKey } from "./measured-pairs";

describe("embedded Azure latency table", () => {
  it("is the 54×54 CSV, unchanged (shape, count and checksum taken from the CSV)", () => {
    expect(AZURE_LATENCY_P95_MS).toHaveLength(54);
    const cells = AZURE_LATENCY_P95_MS.flat();
    expect(AZURE_LATENCY_P95_MS.every((row) => row.length === 54)).toBe(true);
    expect(cells.filter((c) => c === null)).toHaveLength(396);
    expect(cells.reduce<number>((sum, c) => sum + (c ?? 0), 0)).toBe(385011);
    expect(AZURE_LATENCY_REGIONS[0]).toBe("Australia Central");
    expect(AZURE_LATENCY_P95_MS[0]?.[1]).toBe(5); // Australia Central → Australia Central 2
    expect(AZURE_LATENCY_P95_MS[1]?.[0]).toBe(7); // and back
  });

  it("keeps the CC BY 4.0 attribution", () => {
    expect(AZURE_LATENCY_ATTRIBUTION).toBe(
      "Azure network round-trip latency statistics, Microsoft Learn (MicrosoftDocs/azure-docs, articles/networking/azure-network-latency.md), P95 over the 30 days ending 2026-07-30, CC BY 4.0",
    );
  });

  it("turns the directional matrix into symmetric pairs: mean of both directions", () => {
    expect(MEASURED_PAIRS).toHaveLength(1260);
    const pair = MEASURED_PAIRS.find((p) => p.a.id === "denmarkeast" && p.b.id === "indonesiacentral");
    expect(pair).toMatchObject({ forwardMs: 194, reverseMs: 248, rttMs: 221 });
    expect(MEASURED_RTT_MS.get(pairKey("azure:denmarkeast", "azure:indonesiacentral"))).toBe(221);
    expect(MEASURED_RTT_MS.get(pairKey("azure:indonesiacentral", "azure:denmarkeast"))).toBe(221);
  });
});

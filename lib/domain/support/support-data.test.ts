import { describe, expect, it } from "vitest";
import { CLIENTS, CONSENSUS_BY_CLIENT } from "../schema";
import { BESU_REMOVALS, compareVersions, rejectedBy } from "./besu-removals";
import { clientSupport, consensusSupport, formatSupportDate, statusSentence, supportOf } from "./queries";
import { RELEASES } from "./releases";
import { SUPPORT_ENTRIES } from "./support-data";

describe("support data", () => {
  it("has one entry for every client, every algorithm each client runs, and Tessera on each client", () => {
    for (const client of CLIENTS) {
      expect(clientSupport(client).feature).toEqual({ kind: "client", client });
      for (const consensus of CONSENSUS_BY_CLIENT[client]) expect(consensusSupport(client, consensus).feature).toEqual({ kind: "consensus", client, consensus });
      expect(supportOf({ kind: "privacy", client, manager: "tessera" }).id).toMatch(/tessera/);
    }
    const ids = SUPPORT_ENTRIES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("states each entry's status as its latest change, in date order, every change with a source", () => {
    for (const entry of SUPPORT_ENTRIES) {
      expect(entry.history.length, entry.id).toBeGreaterThan(0);
      expect(entry.status, entry.id).toBe(entry.history.at(-1)!.status);
      const dates = entry.history.map((h) => h.date);
      expect([...dates].sort(), entry.id).toEqual(dates);
      for (const change of entry.history) {
        expect(change.sources.length, entry.id).toBeGreaterThan(0);
        for (const s of change.sources) expect(s.url, entry.id).toMatch(/^https:\/\//);
      }
    }
  });

  it("gives everything no longer supported a replacement and the last release that runs it, older than its removal", () => {
    for (const entry of SUPPORT_ENTRIES.filter((e) => e.status !== "supported")) {
      expect(entry.replacement, entry.id).toBeDefined();
      expect(entry.lastRelease, entry.id).toBeDefined();
      const removal = entry.history.find((h) => h.status === "removed" && entry.feature.client === "besu");
      if (removal?.version) expect(compareVersions(RELEASES[entry.lastRelease!].tag, removal.version), entry.id).toBeLessThan(0);
    }
  });

  it("matches the public record: GoQuorum archived in June 2026, Clique gone in Besu 26.4.0, Tessera in 25.6.0", () => {
    expect(clientSupport("goquorum").status).toBe("removed");
    expect(statusSentence(clientSupport("goquorum"))).toBe("GoQuorum is no longer maintained (archived on 5 June 2026; last release 24.4.1)");
    expect(statusSentence(consensusSupport("besu", "clique"))).toBe("Clique on Besu was removed in Besu 26.4.0 (April 2026)");
    expect(statusSentence(supportOf({ kind: "privacy", client: "besu", manager: "tessera" }))).toBe("Tessera privacy on Besu was removed in Besu 25.6.0 (June 2025)");
    expect(consensusSupport("besu", "qbft").status).toBe("supported");
    expect(consensusSupport("besu", "ibft2").status).toBe("supported");
  });

  it("formats full and month-only dates", () => {
    expect(formatSupportDate("2026-06-05")).toBe("5 June 2026");
    expect(formatSupportDate("2025-12")).toBe("December 2025");
  });
});

describe("Besu removals", () => {
  it("are dated by release and sourced", () => {
    for (const r of BESU_REMOVALS) {
      expect(r.removedIn).toMatch(/^\d+\.\d+\.\d+$/);
      expect(r.source).toMatch(/^https:\/\//);
    }
  });

  it("reject what a release no longer accepts and nothing older releases still took", () => {
    const config = { args: ["--privacy-enabled", "--rpc-http-api=ETH,NET,EEA,PRIV,CLIQUE", "--sync-mode=FULL"], genesisKeys: ["chainId", "clique"] };
    expect(rejectedBy("25.5.0", config)).toEqual([]);
    expect(rejectedBy("25.6.0", config).map((r) => r.name)).toEqual(["--privacy-enabled"]);
    expect(rejectedBy("25.12.0", config).map((r) => r.name)).toEqual(["--privacy-enabled", "EEA", "PRIV"]);
    expect(rejectedBy(RELEASES.besu.tag, config).map((r) => r.name)).toEqual(["--privacy-enabled", "EEA", "PRIV", "CLIQUE", "clique"]);
    expect(rejectedBy(RELEASES.besu.tag, { args: ["--sync-mode=FAST"], genesisKeys: [] }).map((r) => r.name)).toEqual(["--sync-mode=FAST"]);
    expect(rejectedBy(RELEASES.besu.tag, { args: ["--sync-mode=FULL"], genesisKeys: ["emptyblockperiodseconds"] })).toEqual([]);
  });

  it("compares versions part by part", () => {
    expect(compareVersions("25.12.0", "25.5.0")).toBeGreaterThan(0);
    expect(compareVersions("26.8.1", "26.8.1")).toBe(0);
    expect(compareVersions("26.9", "26.9.0")).toBe(0);
  });
});

// Every bundle runs what the support data says: the current Besu on a supported stack, the last release that
// runs a kept legacy choice otherwise, and nothing the pinned release no longer accepts. New designs on
// something current releases refuse are not exported at all.

import { describe, expect, it } from "vitest";
import { group, makeDocument, region } from "../consensus/test-documents";
import type { TopologyDocument } from "../schema";
import { imageRef, RELEASES, rejectedBy, releasePlan, statusSentence, unsupportedChoices } from "../support";
import { TEMPLATES } from "../templates";
import { buildExport } from "./index";
import { ALL_TOPOLOGIES, bundleOf, text } from "./testing/bundles";
import { seededRandom } from "./testing/reference-topologies";
import { ExportError, type ExportResult } from "./types";

/** Every argument any Besu invocation in the bundle is given (compose, manifests, machine scripts). */
function besuArgs(result: ExportResult): string[] {
  const args: string[] = [];
  for (const f of result.files) {
    if (f.sensitive || typeof f.contents !== "string" || !f.contents.includes("hyperledger/besu:")) continue;
    for (const m of f.contents.matchAll(/(?<![\w-])--[A-Za-z][\w-]*(?:=[^\s'"\\\]]*)?/g)) args.push(m[0]);
  }
  return args;
}

function genesisKeys(result: ExportResult): string[] {
  const file = result.files.find((f) => f.path === "genesis/genesis.json");
  if (!file) return [];
  const keys: string[] = [];
  const walk = (value: unknown) => {
    if (value === null || typeof value !== "object") return;
    for (const [k, v] of Object.entries(value)) {
      keys.push(k);
      walk(v);
    }
  };
  walk(JSON.parse(text(file)).config);
  return keys;
}

function expectFollowsSupport(doc: TopologyDocument, result: ExportResult) {
  const plan = releasePlan(doc);
  expect(result.manifest.software?.client).toBe(imageRef(plan.client));
  if (unsupportedChoices(doc).every((c) => c.entry.status !== "removed")) expect(plan.client).toBe(doc.network.client === "besu" ? RELEASES.besu : RELEASES.goquorum);
  const all = result.files.filter((f) => typeof f.contents === "string").map((f) => f.contents as string).join("\n");
  const tags = new Set([...all.matchAll(/(hyperledger\/besu|quorumengineering\/quorum):(\w+(?:\.\w+)*)/g)].map((m) => `${m[1]}:${m[2]}`));
  expect([...tags]).toEqual(tags.size === 0 ? [] : [imageRef(plan.client)]);
  if (doc.network.client === "besu") {
    const args = besuArgs(result);
    expect(args.length).toBeGreaterThan(0);
    expect(rejectedBy(plan.client.tag, { args, genesisKeys: genesisKeys(result) })).toEqual([]);
  }
}

describe.each(Object.keys(ALL_TOPOLOGIES))("the bundle of test topology %s", (name) => {
  it("pins the release the support data gives and only configuration that release accepts", () => {
    expectFollowsSupport(ALL_TOPOLOGIES[name]!(), bundleOf(name));
  });
});

describe.each(TEMPLATES.map((t) => [t.slug, t] as const))("the bundle of template %s", (slug, t) => {
  it("pins the release the support data gives and only configuration that release accepts", () => {
    const result = buildExport(t.document, { targets: ["terraform", "helm", "compose", "genesis"], random: seededRandom(slug) });
    expectFollowsSupport(t.document, result);
    if (!t.legacy) expect(result.manifest.software).toEqual({ client: imageRef(RELEASES.besu), legacy: [] });
  });
});

describe("designs on something current releases no longer run", () => {
  const az = region("eastus", "azure", "eastus");
  const designs = {
    goquorum: { network: { client: "goquorum" as const, consensus: "qbft" as const }, groups: [] },
    clique: { network: { client: "besu" as const, consensus: "clique" as const }, groups: [] },
    tessera: { network: { client: "besu" as const, consensus: "qbft" as const }, groups: [group("bank", az, "member", 2, { memberType: "private" })] },
  };
  const make = (key: keyof typeof designs, existing: boolean) =>
    makeDocument({ regions: [az], network: { ...designs[key].network, existing }, nodeGroups: [group("validators", az, "validator", 4), ...designs[key].groups] });

  it.each(Object.keys(designs) as (keyof typeof designs)[])("are refused as new %s networks, with what is unsupported and the way out", (key) => {
    const doc = make(key, false);
    const sentence = statusSentence(unsupportedChoices(doc)[0]!.entry);
    expect(() => buildExport(doc, { targets: ["compose"] })).toThrow(ExportError);
    expect(() => buildExport(doc, { targets: ["compose"] })).toThrow(sentence);
    expect(() => buildExport(doc, { targets: ["compose"] })).toThrow(/existing network/);
    // The QDQ files only describe the design.
    expect(buildExport(doc, { targets: ["qdq"] }).files.length).toBeGreaterThan(0);
  });

  it("export existing networks with the last release that runs them, labelled legacy", () => {
    const expected = { goquorum: RELEASES.goquorum, clique: RELEASES.besuWithClique, tessera: RELEASES.besuWithTessera };
    for (const key of Object.keys(designs) as (keyof typeof designs)[]) {
      const doc = make(key, true);
      const result = buildExport(doc, { targets: ["helm", "compose", "genesis"], random: seededRandom(key) });
      expect(releasePlan(doc).client, key).toBe(expected[key]);
      expectFollowsSupport(doc, result);
      const readme = text(result.files.find((f) => f.path === "README.md")!);
      expect(readme, key).toContain("**Legacy: kept for an existing network.**");
      expect(readme, key).toContain(imageRef(expected[key]));
      expect(result.warnings.some((w) => w.startsWith("support: "))).toBe(true);
    }
  });
});

import { describe, expect, it } from "vitest";
import { priceTopology } from "../cost";
import { validate } from "../rules";
import { parseDocument } from "../schema";
import { getTemplate, instantiateTemplate, summarizeTemplate, templateMonthlyCostUsd, TEMPLATES, type MarketplaceTemplate } from ".";

/** Warnings a template may carry because of what it deliberately does not promise. */
function expectedWarnings(t: MarketplaceTemplate): Set<string> {
  const expected = new Set<string>(t.legacy ? ["support.unsupported"] : []);
  if (t.survives === "none") expected.add("consensus.region-outage.halts");
  if (t.survives === "region" && t.providers.length > 1) expected.add("consensus.provider-outage.halts");
  return expected;
}

describe("marketplace catalog", () => {
  it("has at least 12 templates with unique, URL-safe slugs", () => {
    expect(TEMPLATES.length).toBeGreaterThanOrEqual(12);
    const slugs = TEMPLATES.map((t) => t.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("covers the designs the marketplace promises", () => {
    const has = (pred: (t: MarketplaceTemplate) => boolean) => expect(TEMPLATES.some(pred)).toBe(true);
    has((t) => t.claims.includes("gdpr") && t.consensus === "qbft" && t.regions.length === 3 && t.providers.join() === "azure");
    has((t) => t.claims.includes("hipaa") && t.client === "besu" && t.regions.length === 4 && ["aws", "azure"].every((p) => t.providers.includes(p as never)));
    has((t) => t.survives === "provider" && t.regions.length === 5 && t.providers.length === 3);
    has((t) => t.regions.every((r) => /^ap-|^asia-|southeastasia|japan|korea|australia/.test(r.region)));
    has((t) => t.document.network.topology === "hub-spoke" && t.document.operations.backupRegionId !== undefined);
    has((t) => t.document.nodeGroups.filter((g) => g.role === "validator").reduce((s, g) => s + g.count, 0) === 4 && t.regions.length === 1);
    has((t) => t.client === "goquorum" && t.consensus === "raft" && t.document.nodeGroups.some((g) => g.role === "member" && g.memberType === "private"));
    has((t) => t.document.nodeGroups.some((g) => g.role === "archive") && t.document.nodeGroups.some((g) => g.role === "rpc" && g.exposure === "public"));
  });

  it("finds templates by slug and hands out independent copies", () => {
    const t = getTemplate("eu-gdpr-azure-qbft")!;
    const copy = instantiateTemplate(t, "My network");
    copy.regions.pop();
    expect(copy.name).toBe("My network");
    expect(t.document.regions).toHaveLength(3);
    expect(getTemplate("nope")).toBeUndefined();
  });
});

describe.each(TEMPLATES.map((t) => [t.slug, t] as const))("template %s", (_slug, t) => {
  const result = validate(t.document, { packs: t.claims });

  it("parses through the schema unchanged", () => {
    const parsed = parseDocument(JSON.parse(JSON.stringify(t.document)));
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual(t.document);
  });

  it("enables every pack it claims and has no error findings under them", () => {
    for (const pack of t.claims) expect(t.document.compliance.packs).toContain(pack);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("has no warnings beyond what it deliberately doesn't promise", () => {
    const unexpected = result.findings.filter((f) => f.severity === "warning" && !expectedWarnings(t).has(f.code));
    expect(unexpected).toEqual([]);
  });

  it("survives what its description says it survives", () => {
    const fd = result.failureDomains;
    expect(fd.baseline.survives).toBe(true);
    const halting = (kind: string) => fd.domains.filter((d) => d.kind === kind && !d.survives).map((d) => d.label);
    if (t.survives !== "none") {
      expect(t.description).toMatch(/any one region/);
      expect(halting("region")).toEqual([]);
      expect(halting("link")).toEqual([]);
    }
    if (t.survives === "provider") {
      expect(t.description).toMatch(/any one whole cloud/);
      expect(t.providers.length).toBeGreaterThanOrEqual(3);
      expect(halting("provider")).toEqual([]);
    }
  });

  it("has a positive cost computed by the cost model, every region and size priced", () => {
    const cost = priceTopology(t.document);
    expect(cost.totalMonthlyUsd).toBeGreaterThan(0);
    expect(Number.isFinite(cost.totalMonthlyUsd)).toBe(true);
    expect(cost.unpricedRegions).toEqual([]);
    expect(Object.values(cost.byGroup).filter((g) => g.unknownSize).map((g) => g.groupId)).toEqual([]);
    expect(templateMonthlyCostUsd(t)).toBe(cost.totalMonthlyUsd);
  });

  it("summarises for a card with the computed cost", () => {
    const s = summarizeTemplate(t);
    expect(s.monthlyCostUsd).toBe(templateMonthlyCostUsd(t));
    expect(s.nodes.validators).toBe(result.failureDomains.validators);
    expect(s.quorum).toBe(result.failureDomains.quorum);
    expect(s.headline).toContain(`${t.regions.length} region`);
  });

  it("derives its metadata from the document", () => {
    expect(t.regions).toEqual(t.document.regions.map((r) => ({ provider: r.provider, region: r.region })));
    expect(new Set(t.providers)).toEqual(new Set(t.document.regions.map((r) => r.provider)));
    expect(t.client).toBe(t.document.network.client);
  });
});

describe("template cost", () => {
  it("follows the cost model rather than a stored number", () => {
    const t = getTemplate("eu-gdpr-azure-qbft")!;
    expect(templateMonthlyCostUsd(t, { aksTier: "free" })).toBeLessThan(templateMonthlyCostUsd(t));
  });
});

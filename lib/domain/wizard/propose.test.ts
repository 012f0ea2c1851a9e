import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { validate } from "../rules";
import { parseDocument, type Provider } from "../schema";
import type { WizardAnswersInput } from "./answers";
import { proposeTopology, type WizardProposal } from "./propose";

type Place = [Provider, string];
const REGION_SETS: Record<string, Place[]> = {
  "one azure region": [["azure", "westeurope"]],
  "two azure regions": [["azure", "westeurope"], ["azure", "northeurope"]],
  "three azure regions": [["azure", "eastus"], ["azure", "westus2"], ["azure", "centralus"]],
  "azure + aws, one each": [["azure", "eastus"], ["aws", "us-east-1"]],
  "azure x2 + aws": [["azure", "eastus"], ["azure", "westus2"], ["aws", "us-east-2"]],
  "one per cloud": [["azure", "westeurope"], ["aws", "eu-central-1"], ["gcp", "europe-west1"]],
  "five on three clouds": [["azure", "eastus"], ["azure", "westeurope"], ["aws", "us-west-2"], ["aws", "eu-west-1"], ["gcp", "us-central1"]],
  "seven on three clouds (hub-spoke)": [
    ["azure", "eastus"], ["azure", "westus2"], ["azure", "centralus"], ["aws", "us-east-1"], ["aws", "us-west-2"], ["gcp", "us-central1"], ["gcp", "us-east4"],
  ],
  "six aws (hub-spoke)": [["aws", "us-east-1"], ["aws", "us-east-2"], ["aws", "us-west-1"], ["aws", "us-west-2"], ["aws", "ca-central-1"], ["aws", "eu-west-1"]],
  "azure government": [["azure", "usgovvirginia"], ["azure", "usgovtexas"], ["azure", "usgovarizona"]],
};
const ENGINES = [["besu", "qbft"], ["besu", "ibft2"], ["besu", "clique"], ["goquorum", "istanbul"], ["goquorum", "raft"]] as const;
const TOLERANCES = ["none", "region", "provider"] as const;

function answers(places: Place[], extra: Partial<WizardAnswersInput> = {}): WizardAnswersInput {
  return {
    name: "Proposed", client: "besu", consensus: "qbft", tolerance: "region",
    providers: [...new Set(places.map(([p]) => p))],
    regions: places.map(([provider, region]) => ({ provider, region })),
    ...extra,
  };
}

const codes = (p: WizardProposal) => p.notes.map((n) => n.code);
const messages = (p: WizardProposal, code: string) => p.notes.filter((n) => n.code === code).map((n) => n.message);

describe.each(Object.entries(REGION_SETS))("proposals over %s", (_label, places) => {
  const providers = new Set(places.map(([p]) => p)).size;
  const sovereign = places.some(([, r]) => r.startsWith("usgov"));
  for (const [client, consensus] of ENGINES) {
    for (const tolerance of TOLERANCES) {
      it(`${client} ${consensus}, tolerance ${tolerance}`, () => {
        // Legacy stacks are proposed only to describe networks that already run.
        const existing = client === "goquorum" || consensus === "clique";
        const proposal = proposeTopology(answers(places, { client, consensus, tolerance, existing }));
        const doc = proposal.document;
        expect(parseDocument(JSON.parse(JSON.stringify(doc))).success).toBe(true);
        const result = validate(doc);
        const fd = result.failureDomains;
        const halting = (kind: string) => fd.domains.filter((d) => d.kind === kind && !d.survives);

        // The tolerance the regions allow is met, and a note says so only when the analysis agrees.
        const canMeet = tolerance === "none" || (places.length >= 3 && (tolerance === "region" || (providers >= 3 && !sovereign)));
        expect(proposal.tolerance.met).toBe(canMeet);
        if (tolerance !== "none") expect(codes(proposal)).toContain(canMeet ? "tolerance.met" : "tolerance.unmet");
        if (codes(proposal).includes("tolerance.met")) {
          expect(fd.baseline.survives).toBe(true);
          expect(halting("region")).toEqual([]);
          if (tolerance === "provider") expect(halting("provider")).toEqual([]);
          expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
        }
        // Whatever the tolerance: the network runs, no single link splits it (unless a pair of clouds has one
        // region each, when the proposal says so), and bootnodes never strand a region.
        expect(fd.baseline.survives).toBe(true);
        if (halting("link").length > 0) expect(codes(proposal)).toContain("link.single-path");
        else expect(codes(proposal)).not.toContain("link.single-path");
        expect(result.findings.filter((f) => f.code.startsWith("bootnodes.") || f.code.startsWith("network.") || f.code.startsWith("core."))).toEqual([]);
        expect(proposal.monthlyCostUsd).toBeGreaterThan(0);
      });
    }
  }
});

describe("proposal edge cases", () => {
  it("one region: says how many regions to add", () => {
    const p = proposeTopology(answers(REGION_SETS["one azure region"]!));
    expect(messages(p, "tolerance.unmet")[0]).toMatch(/at least 3 regions.*you chose 1\. Add two more regions\.$/);
    expect(p.document.nodeGroups.filter((g) => g.role === "bootnode")).toHaveLength(1);
  });

  it("two regions: asks for a third", () => {
    const p = proposeTopology(answers(REGION_SETS["two azure regions"]!, { client: "goquorum", consensus: "raft" }));
    expect(messages(p, "tolerance.unmet")[0]).toMatch(/you chose 2\. Add a third region\.$/);
    expect(messages(p, "consensus.quorum")[0]).toBe(
      "Raft commits with a majority, floor(n/2)+1 = 2 of 3 peers; it tolerates 1 crashed or cut-off peer but no Byzantine (malicious) ones.",
    );
  });

  it("clique over three regions: one signer each, two must be online", () => {
    const p = proposeTopology(answers(REGION_SETS["three azure regions"]!, { consensus: "clique" }));
    expect(p.tolerance.met).toBe(true);
    expect(messages(p, "validators.spread")[0]).toBe("3 Clique validators: eastus 1, westus2 1, centralus 1.");
    expect(messages(p, "consensus.quorum")[0]).toMatch(/so 2 of 3 signers must be online; it tolerates 1 offline\.$/);
  });

  it("two providers with a provider tolerance: asks for a third provider, and still survives a region", () => {
    const p = proposeTopology(answers(REGION_SETS["azure x2 + aws"]!, { tolerance: "provider" }));
    expect(messages(p, "tolerance.unmet")).toEqual([
      "Surviving the loss of a whole cloud needs validators on at least 3 providers; you chose Azure and AWS. Add a third provider (Google Cloud).",
      "It does survive losing any one region.",
    ]);
    // One bootnode per cloud, so losing either cloud leaves one.
    const bootRegions = p.document.nodeGroups.filter((g) => g.role === "bootnode").map((g) => g.regionId);
    expect(bootRegions).toEqual(["eastus", "aws-us-east-2"]);
  });

  it("one provider with a provider tolerance: asks for two more", () => {
    const p = proposeTopology(answers(REGION_SETS["one azure region"]!, { tolerance: "provider" }));
    const [first, second] = messages(p, "tolerance.unmet");
    expect(first).toMatch(/you chose Azure\. Add two more providers \(AWS and Google Cloud\)\.$/);
    expect(second).toMatch(/doesn't survive losing a region either.*Add two more regions\.$/);
  });

  it("a sovereign cloud can't survive losing its provider, and says why", () => {
    const p = proposeTopology(answers(REGION_SETS["azure government"]!, { tolerance: "provider" }));
    expect(messages(p, "tolerance.unmet")[0]).toBe("Regions in the Azure gov cloud can't connect to any other cloud, so this network can't survive losing Azure.");
  });

  it("two clouds, one region each: one VPN, and a note that it is a single point of failure", () => {
    const p = proposeTopology(answers(REGION_SETS["azure + aws, one each"]!, { tolerance: "none" }));
    expect(p.document.links.map((l) => [l.from, l.to, l.kind])).toEqual([["eastus", "aws-us-east-1", "vpn"]]);
    expect(messages(p, "link.single-path")[0]).toMatch(/^Losing link 'eastus-aws-us-east-1' \(eastus - aws-us-east-1\) halts the chain/);
  });

  it("several regions per cloud: two VPNs per pair of clouds, between different regions, and none inside a cloud", () => {
    const p = proposeTopology(answers(REGION_SETS["seven on three clouds (hub-spoke)"]!, { tolerance: "provider" }));
    expect(p.document.network.topology).toBe("mesh");
    const providerOf = new Map(p.document.regions.map((r) => [r.id, r.provider]));
    const pairs = p.document.links.map((l) => [providerOf.get(l.from), providerOf.get(l.to)].sort().join("-"));
    expect(pairs.sort()).toEqual(["aws-azure", "aws-azure", "aws-gcp", "aws-gcp", "azure-gcp", "azure-gcp"]);
    const ends = p.document.links.filter((l) => providerOf.get(l.from) === "azure" && providerOf.get(l.to) === "aws").map((l) => l.from);
    expect(new Set(ends).size).toBe(2);
    expect(p.tolerance.met).toBe(true);
    expect(validate(p.document).failureDomains.domains.filter((d) => d.kind === "link" && !d.survives)).toEqual([]);
  });

  it("SOC 2 raises no tolerance to surviving a region and keeps backups elsewhere", () => {
    const p = proposeTopology(answers(REGION_SETS["three azure regions"]!, { tolerance: "none", packs: ["soc2"] }));
    expect(codes(p)).toEqual(expect.arrayContaining(["tolerance.raised", "tolerance.met"]));
    expect(p.tolerance).toEqual({ requested: "none", designedFor: "region", met: true });
    expect(p.document.operations.backupRegionId).toBe("westus2");
    expect(validate(p.document).valid).toBe(true);
  });

  it("reports compliance packs the chosen regions can't satisfy", () => {
    const p = proposeTopology(answers([["azure", "westeurope"], ["azure", "northeurope"], ["azure", "eastus"]], { packs: ["gdpr"] }));
    expect(p.document.compliance.packs).toEqual(["gdpr"]);
    // One note per rule, naming the region to change rather than each node group in it.
    expect(messages(p, "compliance")).toEqual([
      "GDPR: Every node group (all hold chain data) must run in the EEA or a country with an EU adequacy decision. Not met in eastus.",
    ]);
  });

  it("fits a tight budget with the economy sizing, and says when even that is over", () => {
    const places = REGION_SETS["three azure regions"]!;
    const standard = proposeTopology(answers(places)).monthlyCostUsd;
    const roomy = proposeTopology(answers(places, { budgetMonthlyUsd: standard + 1 }));
    expect(codes(roomy)).toContain("budget.within");
    expect(roomy.document.budgetMonthlyUsd).toBe(standard + 1);

    const tight = proposeTopology(answers(places, { budgetMonthlyUsd: standard * 0.8 }));
    expect(tight.monthlyCostUsd).toBeLessThan(standard);
    expect(codes(tight)).toContain("budget.economy");
    expect(tight.tolerance.met).toBe(true);
    expect(validate(tight.document).findings.filter((f) => f.code.startsWith("core."))).toEqual([]);

    const impossible = proposeTopology(answers(places, { budgetMonthlyUsd: 10 }));
    expect(messages(impossible, "budget.over")[0]).toMatch(/^Even the smaller sizing costs an estimated \$[\d,]+\/month/);
  });

  it("throws the schema's error for invalid answers", () => {
    expect(() => proposeTopology(answers(REGION_SETS["one azure region"]!, { consensus: "raft" }))).toThrow(ZodError);
  });
});

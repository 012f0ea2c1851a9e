import { describe, expect, it } from "vitest";
import { SAMPLE_YAML, sampleEnhancedFile } from "@/lib/domain/qdq/testing/fixtures";
import { designFor, explainSpread, proposalFor } from "./design";
import { startFromQdq } from "./qdq-start";
import { readAnswers } from "./read-answers";
import { applyCounts, countIssues, countsOf, validEdits } from "./role-counts";
import { EMPTY_DRAFT, INITIAL_STATE, providerRemoval, removalMessage, wizardReducer, type WizardDraft } from "./wizard-state";

const EU3: WizardDraft = {
  ...EMPTY_DRAFT,
  name: "Pan-EU",
  providers: ["azure", "aws", "gcp"],
  regions: [{ provider: "azure", region: "westeurope" }, { provider: "aws", region: "eu-central-1" }, { provider: "gcp", region: "europe-west1" }],
};

describe("wizard reducer", () => {
  it("keeps the algorithm when the new client runs it, else takes the client's first", () => {
    let s = wizardReducer(INITIAL_STATE, { type: "setClient", client: "goquorum" });
    expect(s.draft.consensus).toBe("qbft");
    s = wizardReducer(s, { type: "setConsensus", consensus: "raft" });
    s = wizardReducer(s, { type: "setClient", client: "besu" });
    expect(s.draft.consensus).toBe("qbft");
  });

  it("adds the provider with its first region, drops its regions with it, and moves a region to primary", () => {
    let s = wizardReducer(INITIAL_STATE, { type: "toggleRegion", region: { provider: "aws", region: "eu-central-1" } });
    s = wizardReducer(s, { type: "toggleRegion", region: { provider: "azure", region: "westeurope" } });
    expect(s.draft.providers).toEqual(["aws", "azure"]);
    s = wizardReducer(s, { type: "makePrimary", region: { provider: "azure", region: "westeurope" } });
    expect(s.draft.regions[0]).toEqual({ provider: "azure", region: "westeurope" });
    s = wizardReducer(s, { type: "toggleProvider", provider: "aws" });
    expect(s.draft.regions).toEqual([{ provider: "azure", region: "westeurope" }]);
  });

  it("keeps every answer when going back and forth", () => {
    let s = wizardReducer({ ...INITIAL_STATE, draft: EU3 }, { type: "goTo", step: 3 });
    s = wizardReducer(s, { type: "setCount", regionKey: "azure:westeurope", role: "validator", value: "3" });
    s = wizardReducer(s, { type: "goTo", step: 0 });
    expect(s.draft).toEqual(EU3);
    expect(s.counts["azure:westeurope"]?.validator).toBe("3");
    expect(s.reached).toBe(3);
  });
});

describe("readAnswers", () => {
  it("words the name, chain id and budget plainly and keeps the domain's region messages", () => {
    const { issues } = readAnswers({ ...EMPTY_DRAFT, chainId: "x", budget: "-5", providers: ["azure"], regions: [{ provider: "azure", region: "westeurop" }] });
    const fields = Object.fromEntries(issues.map((i) => [i.field, i.message]));
    expect(fields.name).toBe("Give the network a name.");
    expect(fields.chainId).toMatch(/whole number/);
    expect(fields.budget).toMatch(/US dollars/);
    expect(fields["regions.0"]).toMatch(/did you mean 'westeurope'\?/);
  });

  it("finds nothing wrong with a complete draft", () => {
    expect(readAnswers(EU3).issues).toEqual([]);
  });
});

describe("design and counts", () => {
  it("proposes a valid three-region design that survives losing a region", () => {
    const proposal = proposalFor(readAnswers(EU3).input)!;
    const design = designFor(proposal, "Pan-EU", {});
    expect(design.validation.summary.errors).toBe(0);
    expect(design.validation.failureDomains.domains.filter((d) => d.kind === "region").every((d) => d.survives)).toBe(true);
    expect(design.document.name).toBe("Pan-EU");
  });

  it("applies counts: changes, adds and removes roles per region", () => {
    const proposal = proposalFor(readAnswers(EU3).input)!;
    const doc = applyCounts(proposal.document, validEdits({
      "azure:westeurope": { validator: "3", member: "0" },
      "gcp:europe-west1": { archive: "1", rpc: "2" },
    }));
    const counts = countsOf(doc);
    expect(counts.get("azure:westeurope")).toMatchObject({ validator: 3, member: 0 });
    expect(counts.get("gcp:europe-west1")).toMatchObject({ archive: 1, rpc: 2 });
    expect(doc.nodeGroups.find((g) => g.role === "rpc" && g.regionId === "gcp-europe-west1")?.deploymentType).toBe("gke");
  });

  it("reports counts that are not whole numbers and a network without validators", () => {
    const effective = new Map([["azure:westeurope", { validator: 0, bootnode: 1, rpc: 1, archive: 0, member: 1 }]]);
    const issues = countIssues({ "azure:westeurope": { rpc: "1.5" } }, [{ provider: "azure", region: "westeurope" }], effective);
    expect(issues.map((i) => i.field)).toEqual(["count:azure:westeurope:rpc", "count:validators"]);
  });
});

describe("startFromQdq", () => {
  it("fills regions and counts from a distribution line, keeping the typed name", () => {
    const result = startFromQdq("eastus:validators=3+rpc=2+boot=1,westus2:validators=2+archive=1", { ...EMPTY_DRAFT, name: "Mine" });
    if (!result.ok) throw new Error(result.message);
    expect(result.draft.name).toBe("Mine");
    expect(result.draft.regions).toEqual([{ provider: "azure", region: "eastus" }, { provider: "azure", region: "westus2" }]);
    expect(result.counts["azure:eastus"]).toMatchObject({ validator: "3", rpc: "2", bootnode: "1", member: "0" });
    const design = designFor(proposalFor(readAnswers(result.draft).input)!, "Mine", validEdits(result.counts));
    expect(countsOf(design.document).get("azure:westus2")).toMatchObject({ validator: 2, archive: 1, member: 0 });
  });

  it("reads a QDQ file in JSON or YAML, taking its consensus, chain and primary region", () => {
    for (const text of [JSON.stringify(sampleEnhancedFile()), SAMPLE_YAML]) {
      const result = startFromQdq(text, EMPTY_DRAFT);
      if (!result.ok) throw new Error(result.message);
      expect(result.draft.regions.map((r) => `${r.provider}:${r.region}`)).toEqual(["azure:eastus", "azure:westus2", "aws:us-east-1", "gcp:europe-west1"]);
      expect(result.draft.providers).toEqual(["azure", "aws", "gcp"]);
      expect(result.counts["azure:westus2"]).toMatchObject({ validator: "2", archive: "1", member: "3" });
      expect(result.counts["gcp:europe-west1"]).toMatchObject({ validator: "0", bootnode: "1" });
    }
  });

  it("keeps the answers a QDQ input does not state, and takes those it does", () => {
    const chosen = { ...EMPTY_DRAFT, client: "goquorum" as const, consensus: "raft" as const, chainId: "2024" };
    const silent = startFromQdq("distribution=eastus:validators=4\nazureNetworkMode=flat\n", chosen);
    if (!silent.ok) throw new Error(silent.message);
    expect([silent.draft.client, silent.draft.consensus, silent.draft.chainId]).toEqual(["goquorum", "raft", "2024"]);
    const stating = startFromQdq("--azureRegionalDistribution eastus:validators=4 --consensus qbft --clientType besu --chainId 7", chosen);
    if (!stating.ok) throw new Error(stating.message);
    expect([stating.draft.client, stating.draft.consensus, stating.draft.chainId]).toEqual(["besu", "qbft", "7"]);
  });

  it("explains the imported spread from the imported counts, as the live check sees them", () => {
    const result = startFromQdq("eastus:validators=4,westus2:validators=3", { ...EMPTY_DRAFT, name: "Mine" });
    if (!result.ok) throw new Error(result.message);
    const design = designFor(proposalFor(readAnswers(result.draft).input)!, "Mine", validEdits(result.counts));
    const fd = design.validation.failureDomains;
    expect(fd.validators).toBe(7);
    const explanation = explainSpread(design, true);
    expect(explanation.heading).not.toMatch(/Meridian proposed/);
    expect(explanation.intro).toMatch(/imported from QDQ, not proposed by Meridian/);
    const text = explanation.notes.map((n) => n.message).join("\n");
    expect(text).toContain(`QBFT needs ${fd.quorum} of 7 validators online`);
    expect(text).toContain("7 QBFT validators: eastus 4, westus2 3.");
    expect(text).toContain("Azure eastus");
    expect(text).not.toMatch(/does survive|Survives losing|of 6 validators/);
    // Every region the live check says halts the chain is named as halting in the notes.
    for (const d of fd.domains.filter((d) => d.kind === "region" && !d.survives)) expect(text).toContain(d.label);
  });

  it("explains an untouched proposal as Meridian's, and edited counts as the user's", () => {
    const proposal = proposalFor(readAnswers(EU3).input)!;
    expect(explainSpread(designFor(proposal, "Pan-EU", {}), false).heading).toBe("Why Meridian proposed this spread");
    const edited = explainSpread(designFor(proposal, "Pan-EU", validEdits({ "azure:westeurope": { validator: "9" } })), false);
    expect(edited.heading).toBe("About your spread");
    expect(edited.notes.find((n) => n.code === "tolerance.unmet")?.message).toMatch(/Azure westeurope/);
  });

  it("tells how to name an AWS or GCP region, since bare QDQ region names are Azure", () => {
    const bare = startFromQdq("us-east-1:validators=4", EMPTY_DRAFT);
    expect(bare.ok).toBe(false);
    if (!bare.ok) expect(bare.message).toMatch(/Bare region names are Azure, as in QDQ; for AWS write 'aws:us-east-1'\.$/);
    const prefixed = startFromQdq("aws:us-east-1:validators=2,eastus:validators=2,gcp:europe-west1:validators=1", EMPTY_DRAFT);
    expect(prefixed.ok).toBe(true);
  });

  it("says why bad input can't be used", () => {
    const result = startFromQdq("eastus:validators=three", EMPTY_DRAFT);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^Could not read this as QDQ: /);
    const unknown = startFromQdq("nowhere:validators=3", EMPTY_DRAFT);
    expect(unknown.ok).toBe(false);
  });
});

describe("unticking a cloud, and undoing it", () => {
  const picked = (s: { draft: WizardDraft }) => s.draft.regions.map((r) => `${r.provider}:${r.region}`);

  it("describes what unticking takes away", () => {
    const removal = providerRemoval({ ...EU3, providers: ["aws", "azure"], regions: [EU3.regions[1]!, EU3.regions[0]!, { provider: "aws", region: "eu-west-1" }] }, "aws")!;
    expect(removal.regions.map((r) => r.index)).toEqual([0, 2]);
    expect(removalMessage(removal, "AWS")).toBe("Removed 2 AWS regions");
    expect(removalMessage({ ...removal, regions: removal.regions.slice(1) }, "AWS")).toBe("Removed 1 AWS region");
    expect(providerRemoval(EMPTY_DRAFT, "aws")).toBeUndefined();
  });

  it("puts the cloud and its regions back where they were, primary included", () => {
    const draft: WizardDraft = { ...EU3, regions: [{ provider: "aws", region: "eu-central-1" }, EU3.regions[0]!, { provider: "aws", region: "eu-west-1" }, EU3.regions[2]!] };
    const before = { ...INITIAL_STATE, draft };
    const removal = providerRemoval(draft, "aws")!;
    const unticked = wizardReducer(before, { type: "toggleProvider", provider: "aws" });
    expect(unticked.draft.providers).toEqual(["azure", "gcp"]);
    expect(picked(unticked)).toEqual(["azure:westeurope", "gcp:europe-west1"]);
    // Ticking it again alone brings nothing back; Undo does.
    const undone = wizardReducer(unticked, { type: "restoreProvider", removal });
    expect(undone.draft).toEqual(draft);
  });

  it("keeps changes made since, and doesn't pick a region twice", () => {
    const removal = providerRemoval(EU3, "aws")!;
    let s = wizardReducer({ ...INITIAL_STATE, draft: EU3 }, { type: "toggleProvider", provider: "aws" });
    s = wizardReducer(s, { type: "toggleRegion", region: { provider: "aws", region: "eu-central-1" } });
    s = wizardReducer(s, { type: "set", patch: { name: "Renamed" } });
    s = wizardReducer(s, { type: "restoreProvider", removal });
    expect(s.draft.name).toBe("Renamed");
    expect(s.draft.providers.filter((p) => p === "aws")).toHaveLength(1);
    expect(picked(s).filter((k) => k === "aws:eu-central-1")).toHaveLength(1);
  });
});

describe("start over", () => {
  it("resets every answer and the step", () => {
    const s = wizardReducer({ ...INITIAL_STATE, draft: EU3, step: 3, reached: 3 }, { type: "reset" });
    expect(s).toBe(INITIAL_STATE);
  });
});

import { describe, expect, it } from "vitest";
import { analyzeFailureDomains } from "./failure-domains";
import { region, withValidators } from "./test-documents";

describe("failure-domain analysis", () => {
  // 3 regions on 2 clouds: Azure eastus 3 + westeurope 2, AWS us-east-1 2 = 7 validators, quorum 5.
  // AWS reaches Azure only through the link to eastus.
  const eastus = region("eastus", "azure", "eastus");
  const westeurope = region("westeurope", "azure", "westeurope");
  const useast1 = region("use1", "aws", "us-east-1");
  const doc = withValidators([eastus, westeurope, useast1], [3, 2, 2], {}, [{ id: "az-aws", from: "eastus", to: "use1" }]);
  const analysis = analyzeFailureDomains(doc);
  const domain = (id: string) => analysis.domains.find((d) => d.id === id)!;

  it("counts validators, quorum and tolerance", () => {
    expect(analysis.validators).toBe(7);
    expect(analysis.quorum).toBe(5);
    expect(analysis.tolerance).toBe(2);
    expect(analysis.baseline).toEqual({ validatorsConnected: 7, survives: true, partitions: [["eastus", "westeurope", "use1"]] });
  });

  it("halts when the region holding too many validators goes, and when it cuts the others apart", () => {
    const east = domain("azure:eastus");
    expect(east).toMatchObject({ kind: "region", validatorsLost: 3, validatorsLeft: 4, validatorsConnected: 2, quorum: 5, survives: false });
    expect(east.reason).toBe("4 of 7 validators left, but at most 2 of them can reach each other; quorum needs 5.");
    expect(domain("azure:westeurope")).toMatchObject({ validatorsLeft: 5, validatorsConnected: 5, survives: true });
    expect(domain("aws:us-east-1")).toMatchObject({ validatorsLeft: 5, validatorsConnected: 5, survives: true });
  });

  it("analyzes whole providers and the links that are the only path", () => {
    expect(domain("azure")).toMatchObject({ kind: "provider", label: "Azure", validatorsLeft: 2, survives: false });
    expect(domain("aws")).toMatchObject({ kind: "provider", validatorsLeft: 5, survives: true });
    expect(domain("az-aws")).toMatchObject({ kind: "link", validatorsLeft: 7, validatorsConnected: 5, survives: true });
  });

  it("names the worst failure in plain words", () => {
    expect(analysis.worst?.id).toBe("azure");
    expect(analysis.summary).toBe("Losing Azure halts the chain: 2 of 7 validators left, quorum needs 5. 1 other single failure also halts it.");
  });

  it("says when the design survives every single failure", () => {
    const gcp = region("belgium", "gcp", "europe-west1");
    const spread = withValidators([eastus, useast1, gcp], [2, 2, 2], {}, [
      { id: "a", from: "eastus", to: "use1" },
      { id: "b", from: "use1", to: "belgium" },
      { id: "c", from: "belgium", to: "eastus" },
    ]);
    const result = analyzeFailureDomains(spread);
    expect(result.domains.every((d) => d.survives)).toBe(true);
    expect(result.summary).toBe("Survives losing any one region, cloud or link; the closest call is losing Azure eastus: 4 of 6 validators left, quorum needs 4.");
  });

  it("treats two document regions in one cloud region as one failure domain", () => {
    const a = region("east-a", "azure", "eastus");
    const b = region("east-b", "azure", "eastus");
    const result = analyzeFailureDomains(withValidators([a, b, westeurope], [2, 2, 3]));
    const east = result.domains.find((d) => d.id === "azure:eastus")!;
    expect(east.regionIds).toEqual(["east-a", "east-b"]);
    expect(east.validatorsLost).toBe(4);
  });

  it("reports a network that is partitioned before anything fails", () => {
    const result = analyzeFailureDomains(withValidators([eastus, useast1], [2, 2]));
    expect(result.baseline.survives).toBe(false);
    expect(result.summary).toMatch(/halts even with every region up: at most 2 of 4 validators/);
  });

  it("has nothing to say but the obvious without validators", () => {
    const result = analyzeFailureDomains(withValidators([eastus], [0]));
    expect(result.summary).toBe("No validators: the chain cannot produce blocks.");
  });
});

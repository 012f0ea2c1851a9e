import { describe, expect, it } from "vitest";
import { averageWattsPerVcpu, monthlyKgCo2e, nodeGroupMonthlyKgCo2e } from "./index";

describe("monthlyKgCo2e", () => {
  it("aws eu-north-1, 4 vCPUs: worked by hand", () => {
    // 0.74 + 0.5 x (3.5 - 0.74) = 2.12 W per vCPU; x 4 vCPUs x 730 h = 6190.4 Wh = 6.1904 kWh;
    // x PUE 1.135 = 7.026104 kWh; x 8.8 g/kWh = 61.8297152 g.
    expect(averageWattsPerVcpu("aws")).toBeCloseTo(2.12, 12);
    const footprint = monthlyKgCo2e("aws", "eu-north-1", 4);
    expect(footprint.itKwhPerMonth).toBeCloseTo(6.1904, 12);
    expect(footprint.kgCo2ePerMonth).toBeCloseTo(0.0618297152, 12);
    expect(footprint).toMatchObject({ gridGramsPerKwh: 8.8, estimated: false, energySource: { id: "ccf-aws-energy" } });
  });

  it("gcp europe-west1, 2 vCPUs: worked by hand", () => {
    // 0.71 + 0.5 x (4.26 - 0.71) = 2.485 W; x 2 x 730 h = 3.6281 kWh; x PUE 1.1 = 3.99091 kWh; x 126.43 g = 504.5707513 g.
    expect(monthlyKgCo2e("gcp", "europe-west1", 2).kgCo2ePerMonth).toBeCloseTo(0.5045707513, 12);
  });

  it("azure uses Azure's coefficients: 0.74 + 0.5 x (3.54 - 0.74) = 2.14 W per vCPU, PUE 1.185", () => {
    // 2.14 W x 730 h = 1.5622 kWh; x 1.185 x 225 g/kWh (uksouth) = 416.521575 g
    expect(monthlyKgCo2e("azure", "uksouth", 1).kgCo2ePerMonth).toBeCloseTo((1.5622 * 1.185 * 225) / 1000, 12);
  });

  it("is linear in vCPUs and zero for none", () => {
    expect(monthlyKgCo2e("aws", "eu-west-1", 0).kgCo2ePerMonth).toBe(0);
    expect(monthlyKgCo2e("aws", "eu-west-1", 8).kgCo2ePerMonth).toBeCloseTo(2 * monthlyKgCo2e("aws", "eu-west-1", 4).kgCo2ePerMonth, 12);
  });

  it("flags a region without a published factor and still counts its emissions", () => {
    const footprint = monthlyKgCo2e("azure", "polandcentral", 4);
    expect(footprint.estimated).toBe(true);
    expect(footprint.note).toContain("azure:polandcentral");
    expect(footprint.kgCo2ePerMonth).toBeGreaterThan(0);
  });

  it("rejects a negative or non-finite vCPU count", () => {
    expect(() => monthlyKgCo2e("aws", "eu-west-1", -1)).toThrow(RangeError);
    expect(() => monthlyKgCo2e("aws", "eu-west-1", Number.NaN)).toThrow(RangeError);
  });
});

describe("nodeGroupMonthlyKgCo2e", () => {
  it("takes vCPUs from the cost model's size table: 3 x m6i.xlarge (4 vCPUs) = 12 vCPUs", () => {
    const group = nodeGroupMonthlyKgCo2e("aws", "eu-north-1", "m6i.xlarge", 3);
    expect(group).toMatchObject({ vcpusPerNode: 4, sizeResolution: "listed" });
    expect(group.kgCo2ePerMonth).toBeCloseTo(3 * 0.0618297152, 12);
  });
});

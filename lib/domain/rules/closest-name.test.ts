import { describe, expect, it } from "vitest";
import { closestName, editDistance } from "./closest-name";

describe("closest region name", () => {
  it("counts insertions, deletions, substitutions and adjacent swaps as one edit", () => {
    expect(editDistance("westeurope", "westeurope")).toBe(0);
    expect(editDistance("westeurop", "westeurope")).toBe(1);
    expect(editDistance("wsteurope", "westeurope")).toBe(1);
    expect(editDistance("wetseurope", "westeurope")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("finds the one close candidate, ignoring case, spaces and underscores", () => {
    const ids = ["westeurope", "northeurope", "eastus", "eastus2", "us-east-1"];
    expect(closestName("West Europe", ids)).toBe("westeurope");
    expect(closestName("nrotheurope", ids)).toBe("northeurope");
    expect(closestName("us_east_1", ids)).toBe("us-east-1");
    expect(closestName("eastus3", ids)).toBeUndefined(); // eastus and eastus2 tie
    expect(closestName("westus", ids)).toBeUndefined(); // 6 letters: one edit at most, and eastus is two away
    expect(closestName("mars", ids)).toBeUndefined();
  });
});

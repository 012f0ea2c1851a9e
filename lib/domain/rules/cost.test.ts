import { describe, expect, it } from "vitest";
import { findingsWith, healthyDocument, variant } from "./testing/helpers";

const code = "cost.budget.exceeded";
const fixedPrice = { priceTopology: () => ({ totalMonthlyUsd: 12_340, byProvider: { azure: 8_000, aws: 4_340 } }) };

describe("cost pack: cost.budget.exceeded", () => {
  it("warns with the total, the budget and the overrun", () => {
    const doc = variant(healthyDocument(), (d) => void (d.budgetMonthlyUsd = 10_000));
    const [finding] = findingsWith(doc, code, { services: fixedPrice });
    expect(finding).toMatchObject({ severity: "warning", target: { kind: "document" } });
    expect(finding!.message).toBe(
      "Estimated cost $12,340/month (Azure $8,000/month, AWS $4,340/month) exceeds the budget of $10,000/month by $2,340/month.",
    );
  });

  it("prices with the bundled cost model by default", () => {
    const doc = variant(healthyDocument(), (d) => void (d.budgetMonthlyUsd = 1));
    expect(findingsWith(doc, code)[0]!.message).toMatch(/^Estimated cost \$[\d,]+\/month exceeds the budget of \$1\/month/);
  });

  it("stays quiet within budget or without one", () => {
    expect(findingsWith(variant(healthyDocument(), (d) => void (d.budgetMonthlyUsd = 20_000)), code, { services: fixedPrice })).toEqual([]);
    expect(findingsWith(healthyDocument(), code, { services: fixedPrice })).toEqual([]);
  });
});

import { priceTopology, type CostOptions } from "../cost";
import type { MarketplaceTemplate } from "./types";

/** Expected monthly list-price cost from the cost model; never stored, so it follows price-table updates. */
export function templateMonthlyCostUsd(template: MarketplaceTemplate, options: CostOptions = {}): number {
  return priceTopology(template.document, options).totalMonthlyUsd;
}

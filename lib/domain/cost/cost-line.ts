import type { CostCategory, CostLine } from "./types";

export function costLine(category: CostCategory, label: string, quantity: number, unit: string, unitPriceUsd: number): CostLine {
  return { category, label, quantity, unit, unitPriceUsd, monthlyUsd: quantity * unitPriceUsd };
}

export function sumLines(lines: readonly CostLine[], category?: CostCategory): number {
  let sum = 0;
  for (const l of lines) if (category === undefined || l.category === category) sum += l.monthlyUsd;
  return sum;
}

import { formatUsd } from "@/components/designer/format";

/** A change of money: "+$120/month", "−$40/month" or "no change". */
export function formatUsdDelta(delta: number): string {
  if (Math.round(delta) === 0) return "no change";
  return `${delta > 0 ? "+" : "−"}${formatUsd(Math.abs(delta))}/month`;
}

/** A field's value as one short line: strings as they are, the rest as compact JSON, absent as "—". */
export function formatValue(value: unknown): string {
  if (value === undefined) return "—";
  if (typeof value === "string") return value === "" ? '""' : value;
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

// meridian cost <file>: monthly list-price estimate per provider, region and node group; with --provider,
// the same network re-priced on one cloud (nearest regions, equivalent sizes and deployment types).

import { priceOnProvider, priceTopology, type ProviderCost, type TopologyCost } from "../../domain/cost";
import { PROVIDERS, PROVIDER_LABELS, type Provider } from "../../domain/schema";
import { choiceOption, expectPositionals, parseCommandArgs, stringOption } from "../args";
import type { Command } from "../command";
import { EXIT_OK } from "../errors";
import { columns, roundCents, usd } from "../format-text";
import { writeJson } from "../io";
import { loadTopology } from "../load-topology";
import { regionKeyOf } from "@/lib/domain/region-key";

const HELP = `Usage: meridian cost <file> [--provider azure|aws|gcp] [--format text|json]

Estimates the monthly cost of a topology (Meridian document or QDQ file) from public list prices, with
totals per provider, region and node group. <file> may be "-" for standard input.

Options:
  --provider azure|aws|gcp   re-price the whole network on one provider (nearest regions, equivalent sizes)
  --format text|json         output format (default text)
  -h, --help                 show this help

JSON output: {currency, provider?, totalMonthlyUsd, breakdown, byProvider, byRegion, byGroup, mapping?,
pricesAsOf, unpricedRegions, assumptions}. Amounts are USD per month, rounded to cents. unpricedRegions lists
regions with no price (not in the region catalog): their figures are reference-region placeholders.
`;

export const costCommand: Command = {
  name: "cost",
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs("cost", args, {
      provider: { type: "string" },
      format: { type: "string" },
    });
    if (values.help) {
      io.stdout(HELP);
      return EXIT_OK;
    }
    const format = choiceOption("cost", values, "format", ["text", "json"] as const, "text");
    const provider = stringOption(values, "provider") !== undefined ? choiceOption("cost", values, "provider", PROVIDERS, "azure") : undefined;
    const [file] = expectPositionals("cost", positionals, ["file"]);
    const loaded = await loadTopology(file!, io);
    for (const w of loaded.warnings) io.stderr(`warning: ${w}\n`);
    const cost = provider ? priceOnProvider(loaded.document, provider) : priceTopology(loaded.document);
    const report = costReport(cost, provider);
    if (format === "json") writeJson(io, report);
    else io.stdout(textReport(report));
    return EXIT_OK;
  },
};

type CostReport = ReturnType<typeof costReport>;

function costReport(cost: TopologyCost | ProviderCost, provider: Provider | undefined) {
  const round = (record: Readonly<Record<string, number>>) =>
    Object.fromEntries(Object.entries(record).map(([k, v]) => [k, roundCents(v)]));
  return {
    currency: "USD",
    ...(provider ? { provider } : {}),
    totalMonthlyUsd: roundCents(cost.totalMonthlyUsd),
    breakdown: {
      compute: roundCents(cost.computeMonthlyUsd),
      storage: roundCents(cost.storageMonthlyUsd),
      platform: roundCents(cost.platformMonthlyUsd),
      egress: roundCents(cost.egressMonthlyUsd),
      network: roundCents(cost.networkMonthlyUsd),
    },
    byProvider: round(cost.byProvider),
    byRegion: round(cost.byRegion),
    byGroup: Object.fromEntries(
      Object.entries(cost.byGroup).map(([id, g]) => [
        id,
        {
          regionId: g.regionId,
          provider: g.provider,
          region: g.providerRegion,
          role: g.role,
          count: g.count,
          deploymentType: g.deploymentType,
          size: g.pricedSize,
          monthlyUsd: roundCents(g.monthlyUsd),
        },
      ]),
    ),
    ...("mapping" in cost ? { mapping: cost.mapping } : {}),
    pricesAsOf: cost.pricesAsOf,
    unpricedRegions: cost.unpricedRegions.map((u) => ({
      regionId: u.regionId,
      provider: u.provider,
      region: u.providerRegion,
      message: u.message,
    })),
    assumptions: cost.assumptions,
  };
}

function textReport(r: CostReport): string {
  const lines: string[] = [];
  if (r.provider) {
    lines.push(`Re-priced on ${PROVIDER_LABELS[r.provider]}:`);
    const moves = Object.entries(r.mapping?.regions ?? {}).map(([id, m]) => [`  ${id}`, `${m.from} -> ${r.provider}:${m.to}`, m.distanceKm > 0 ? `${Math.round(m.distanceKm)} km` : ""]);
    if (moves.length > 0) lines.push(columns(moves));
    lines.push("");
  }
  lines.push("Node groups (per month):");
  lines.push(
    columns([
      ["  group", "region", "role", "count", "type", "size", "monthly"],
      ...Object.entries(r.byGroup).map(([id, g]) => [`  ${id}`, regionKeyOf(g), g.role, String(g.count), g.deploymentType, g.size, usd(g.monthlyUsd)]),
    ]),
  );
  const unpriced = new Set(r.unpricedRegions.map((u) => u.regionId));
  lines.push("", "Regions (groups, cluster fees and network):");
  lines.push(columns(Object.entries(r.byRegion).map(([id, v]) => [`  ${id}`, usd(v), unpriced.has(id) ? "unpriced" : ""])));
  lines.push("", "Providers:");
  lines.push(columns(Object.entries(r.byProvider).filter(([, v]) => v > 0).map(([p, v]) => [`  ${PROVIDER_LABELS[p as Provider]}`, usd(v)])));
  const b = r.breakdown;
  lines.push(
    "",
    `Total: ${usd(r.totalMonthlyUsd)} per month (compute ${usd(b.compute)}, storage ${usd(b.storage)}, platform ${usd(b.platform)}, egress ${usd(b.egress)}, network ${usd(b.network)})`,
    `List prices as of ${r.pricesAsOf}; estimates, not quotes. Run with --format json for the assumptions.`,
  );
  if (r.unpricedRegions.length > 0) {
    lines.push("", "Warnings (unpriced regions: their figures are placeholders, not estimates):");
    for (const u of r.unpricedRegions) lines.push(`  ${u.message}`);
  }
  return `${lines.join("\n")}\n`;
}

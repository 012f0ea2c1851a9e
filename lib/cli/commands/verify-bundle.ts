// meridian verify-bundle <dir|zip>: checks, from an exported bundle's files alone, that every validator and
// bootnode reaches the others it must on 30303 (names resolve, routes, peering and VPNs, security rules,
// the way back), and prints the matrix and each broken pair with the resource to blame.

import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { parse } from "@cdktf/hcl2json";
import { unzipSync } from "fflate";
import { BundleError, verifyBundle, type PairCheck, type VerifyReport } from "../../domain/verify";
import { choiceOption, expectPositionals, parseCommandArgs } from "../args";
import type { Command } from "../command";
import { EXIT_FINDINGS, EXIT_OK, InputError } from "../errors";
import { plural } from "../format-text";

const HELP = `Usage: meridian verify-bundle <dir|bundle.zip> [--format text|json]

Reads an exported bundle as a deployer would (Terraform, Kubernetes manifests, each node's peer list) and
works out, for every pair of validators and bootnodes, whether the name one dials the other by resolves
from where it runs and whether a packet on 30303 (TCP, and UDP for discovery) gets there and back: route
tables, peering, VPNs whose two ends name each other, security rules. It never reads the design that
produced the bundle. Pairs a node's configuration lists are needed; the others are shown for reference.

Options:
  --format <text|json>  text (default): a matrix and the broken pairs; json: the whole report
  -h, --help            show this help

Exit codes: 0 every needed pair works, 1 a needed pair is broken, validators are split or address ranges
overlap, 2 bad usage or not a bundle.
`;

/** The bundle's files: a folder tree, or a zip. */
async function readBundle(path: string): Promise<{ path: string; contents: string }[]> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new InputError(`${path}: no such file or folder`);
  }
  const decoder = new TextDecoder();
  if (info.isDirectory()) {
    const out: { path: string; contents: string }[] = [];
    const walk = async (dir: string) => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const full = join(dir, entry.name);
        if (entry.isDirectory()) await walk(full);
        // Keys are never read: the check needs only public files.
        else if (!relative(path, full).startsWith("keys")) out.push({ path: relative(path, full).split("\\").join("/"), contents: await readFile(full, "utf8") });
      }
    };
    await walk(path);
    return out;
  }
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(new Uint8Array(await readFile(path)));
  } catch {
    throw new InputError(`${path} is neither a folder nor a zip file`);
  }
  return Object.entries(entries)
    .filter(([name, bytes]) => !name.endsWith("/") && !name.startsWith("keys/") && bytes.length > 0)
    .map(([name, bytes]) => ({ path: name, contents: decoder.decode(bytes) }));
}

const MATRIX_LIMIT = 40;

function cell(pair: PairCheck | undefined): string {
  if (!pair) return "-";
  if (pair.ok) return pair.needed ? "ok" : "o";
  return pair.needed ? "XX" : ".";
}

function textReport(report: VerifyReport): string {
  const lines: string[] = [];
  const names = report.nodes.map((n) => n.name);
  lines.push(`${report.nodes.length} validators and bootnodes, ${plural(report.pairs.filter((p) => p.needed).length, "needed pair")} (of ${report.pairs.length} checked)`);
  lines.push("");
  report.nodes.forEach((n, i) => lines.push(`${String(i + 1).padStart(3)}  ${n.name} (${n.role}${n.address ? `, ${n.address}` : ""}${n.runsIn ? `, ${n.runsIn}` : ""})`));
  if (names.length <= MATRIX_LIMIT) {
    const byPair = new Map(report.pairs.map((p) => [`${p.from}|${p.to}`, p]));
    lines.push("", "From (rows) to (columns): ok needed and works, XX needed and broken, o works but not listed, . neither");
    lines.push(`     ${names.map((_, i) => String(i + 1).padStart(3)).join("")}`);
    names.forEach((from, i) => lines.push(`${String(i + 1).padStart(3)}  ${names.map((to) => (from === to ? "  \\" : cell(byPair.get(`${from}|${to}`)).padStart(3))).join("")}`));
  } else {
    lines.push("", `(matrix left out for ${names.length} nodes: --format json has every pair)`);
  }
  if (report.broken.length > 0) {
    lines.push("", `Broken (${report.broken.length}):`);
    for (const p of report.broken) lines.push(`  ${p.from} -> ${p.to} (${p.host}): ${p.problem}`);
  }
  if (report.validatorGroups.length > 1) {
    lines.push("", `Validators are split into ${report.validatorGroups.length} groups that cannot exchange messages:`);
    for (const g of report.validatorGroups) lines.push(`  ${g.join(", ")}`);
  }
  if (report.overlaps.length > 0) lines.push("", "Overlapping address ranges:", ...report.overlaps.map((o) => `  ${o}`));
  if (report.notes.length > 0) lines.push("", "Not checked:", ...report.notes.map((n) => `  ${n}`));
  lines.push("", !report.checked ? "Nothing was checked." : report.ok ? "Every needed pair works." : "The bundle does not connect as configured.");
  return `${lines.join("\n")}\n`;
}

export const verifyBundleCommand: Command = {
  name: "verify-bundle",
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs("verify-bundle", args, { format: { type: "string" } });
    if (values.help) {
      io.stdout(HELP);
      return EXIT_OK;
    }
    const [path] = expectPositionals("verify-bundle", positionals, ["dir|bundle.zip"]);
    const format = choiceOption("verify-bundle", values, "format", ["text", "json"] as const, "text");
    const files = await readBundle(resolve(io.cwd, path!));
    let report: VerifyReport;
    try {
      report = await verifyBundle(files, (name, text) => parse(name, text) as Promise<Record<string, unknown>>);
    } catch (error) {
      if (error instanceof BundleError) throw new InputError(`${path}: ${error.message}`);
      throw error;
    }
    io.stdout(format === "json" ? `${JSON.stringify(report, null, 2)}\n` : textReport(report));
    return report.ok ? EXIT_OK : EXIT_FINDINGS;
  },
};

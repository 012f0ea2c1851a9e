// meridian export <file>: the deployment bundle of a topology (Terraform, Helm and manifests, compose,
// genesis and node keys, QDQ files), written as a folder tree or a zip, with a short summary on stdout.

import { resolve } from "node:path";
import { buildExport, EXPORT_TARGETS, ExportError, type ExportResult, type ExportTarget, type KeyOptions } from "../../domain/export";
import { MANIFEST_PATH, fileBytes, sha256Hex } from "../../domain/export/manifest";
import { zipExport } from "../../domain/export/zip";
import { expectPositionals, listOption, parseCommandArgs, stringOption } from "../args";
import { writeBundleTree, writeZipFile } from "../bundle-writer";
import type { Command } from "../command";
import { EXIT_OK, InputError, UsageError } from "../errors";
import { plural } from "../format-text";
import { loadTopology } from "../load-topology";
import { readNodeKeysFile } from "../node-keys-file";

const HELP = `Usage: meridian export <file> --out <dir> [options]
       meridian export <file> --zip <file.zip> [options]

Writes the deployment bundle of a topology (a Meridian document or a QDQ file, JSON or YAML; "-" for
standard input): Terraform per cloud, Helm values and Kubernetes manifests per region cluster, a Docker
Compose replica, genesis.json, node keys, QDQ files, Prometheus rules and a Grafana dashboard, a README on
how to apply them, manifest.json and SHA256SUMS. Node keys are generated unless supplied; private keys are written only under keys/ (mode 0600).

Options:
  --target <list>     terraform, helm, compose, genesis, qdq, monitoring or all, comma-separated
                      (default all); helm includes the plain Kubernetes manifests; monitoring is
                      Prometheus scrape config, alert rules from the design and a Grafana dashboard
  --out <dir>         write the bundle's folders here; the directory must be new or empty
  --zip <file.zip>    write the bundle as one zip file instead (or as well)
  --keys <file.json>  your own node keys by node name: {"validator-eastus-1": "0x<64 hex digits>", ...};
                      nodes not named get generated keys
  --force             write into a non-empty --out directory, or replace an existing --zip file
  -h, --help          show this help

Exit codes: 0 written, 2 bad usage, unreadable or invalid input (a bad key, an address plan that does not fit).
`;

const TARGET_CHOICES = [...EXPORT_TARGETS, "all"] as const;

export const exportCommand: Command = {
  name: "export",
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs("export", args, {
      target: { type: "string" },
      out: { type: "string" },
      zip: { type: "string" },
      keys: { type: "string" },
      force: { type: "boolean" },
    });
    if (values.help) {
      io.stdout(HELP);
      return EXIT_OK;
    }
    const [file] = expectPositionals("export", positionals, ["file"]);
    const chosen = listOption("export", values, "target", TARGET_CHOICES);
    const targets: ExportTarget[] = chosen.length === 0 || chosen.includes("all") ? [...EXPORT_TARGETS] : (chosen as ExportTarget[]);
    const out = stringOption(values, "out");
    const zip = stringOption(values, "zip");
    if (out === undefined && zip === undefined) throw new UsageError("missing --out <dir> or --zip <file.zip>", "export");
    const keysPath = stringOption(values, "keys");
    const force = values.force === true;

    const keys: KeyOptions = keysPath === undefined ? { mode: "generate" } : { mode: "supplied", nodeKeys: await readNodeKeysFile(keysPath, io) };
    const loaded = await loadTopology(file!, io);
    for (const w of loaded.warnings) io.stderr(`warning: ${w}\n`);
    let result: ExportResult;
    try {
      result = buildExport(loaded.document, { targets, keys });
    } catch (error) {
      if (error instanceof ExportError) throw new InputError(`cannot export ${file}: ${error.message}`);
      throw error;
    }

    const written: string[] = [];
    if (out !== undefined) {
      await writeBundleTree(resolve(io.cwd, out), result.files, force, out);
      written.push(`${out.replace(/\/+$/, "")}/`);
    }
    if (zip !== undefined) {
      await writeZipFile(resolve(io.cwd, zip), zipExport(result), force, zip);
      written.push(zip);
    }
    io.stdout(summary(result, written));
    return EXIT_OK;
  },
};

function summary(result: ExportResult, written: readonly string[]): string {
  const manifest = result.files.find((f) => f.path === MANIFEST_PATH)!;
  const lines = [
    `Exported "${result.manifest.network.name}" (${result.manifest.targets.join(", ")}): ${plural(result.files.length, "file")} to ${written.join(" and ")}`,
    `manifest.json sha256 ${sha256Hex(fileBytes(manifest))}`,
  ];
  if (result.nodes.length > 0) lines.push(`Node keys: ${plural(result.nodes.length, "node")}; private keys are in keys/ only. Keep them secret.`);
  lines.push(result.warnings.length === 0 ? "Warnings: none" : `Warnings (${result.warnings.length}):`);
  for (const w of result.warnings) lines.push(`  - ${w}`);
  return `${lines.join("\n")}\n`;
}

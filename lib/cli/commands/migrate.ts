// meridian migrate <file>: the migration off what current releases no longer run (GoQuorum, Clique, Tessera;
// IBFT 2.0 to QBFT), as a runbook on stdout or, with --out, a folder holding the runbook, the target design and
// (given the running chain's GoQuorum genesis) the Besu genesis for the same chain.

import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { ExportFile } from "../../domain/export/types";
import { besuGenesisFromGoQuorum, migrationsFor, MigrationError, planMigration, renderRunbook } from "../../domain/migrate";
import { GenesisConversionError } from "../../domain/migrate/convert-genesis";
import { MIGRATION_KINDS, type MigrationKind } from "../../domain/support";
import { choiceOption, expectPositionals, parseCommandArgs, stringOption } from "../args";
import { writeBundleTree } from "../bundle-writer";
import type { Command } from "../command";
import { EXIT_OK, InputError, UsageError } from "../errors";
import { loadTopology } from "../load-topology";

const HELP = `Usage: meridian migrate <file> [--to <migration>] [--out <dir>] [--genesis <goquorum-genesis.json>]

Plans the move off what current releases no longer run, for a Meridian design or a QDQ input:
  goquorum-to-besu    GoQuorum QBFT/Istanbul to Besu on the same chain, node by node (Raft, Clique: a new network)
  clique-to-qbft      Besu Clique to a new QBFT network
  tessera-to-paladin  Tessera private transactions to Paladin privacy groups
  ibft2-to-qbft       Besu IBFT 2.0 to QBFT on the same chain (documented startBlock migration)
Without --to, the first that applies (private state leaves Tessera first). Prints the runbook.

Options:
  --to <migration>     which migration (see above); --list shows those that apply
  --list               print the migrations that apply to the design, in order, and exit
  --out <dir>          write RUNBOOK.md, target.json (the design after the move) and, with --genesis,
                       besu-genesis.json; the directory must be new or empty (--force to write into it)
  --genesis <file>     the running chain's GoQuorum genesis.json, converted for Besu (goquorum-to-besu)
  --format <markdown|json>  the runbook as Markdown (default) or the whole plan as JSON
  --force              write into a non-empty --out directory
  -h, --help           show this help
`;

export const migrateCommand: Command = {
  name: "migrate",
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs("migrate", args, {
      to: { type: "string" },
      list: { type: "boolean" },
      out: { type: "string" },
      genesis: { type: "string" },
      format: { type: "string" },
      force: { type: "boolean" },
    });
    if (values.help) {
      io.stdout(HELP);
      return EXIT_OK;
    }
    const [file] = expectPositionals("migrate", positionals, ["file"]);
    const to = stringOption(values, "to") === undefined ? undefined : (choiceOption("migrate", values, "to", MIGRATION_KINDS, MIGRATION_KINDS[0]) as MigrationKind);
    const format = choiceOption("migrate", values, "format", ["markdown", "json"] as const, "markdown");
    const out = stringOption(values, "out");
    const genesisPath = stringOption(values, "genesis");
    if (genesisPath !== undefined && out === undefined) throw new UsageError("--genesis writes besu-genesis.json: add --out <dir>", "migrate");

    const loaded = await loadTopology(file!, io);
    for (const w of loaded.warnings) io.stderr(`warning: ${w}\n`);
    if (values.list) {
      const kinds = migrationsFor(loaded.document);
      io.stdout(kinds.length === 0 ? "Nothing to migrate: the design runs a supported stack.\n" : `${kinds.join("\n")}\n`);
      return EXIT_OK;
    }
    let plan;
    try {
      plan = planMigration(loaded.document, to);
    } catch (error) {
      if (error instanceof MigrationError) throw new InputError(`${file}: ${error.message}`);
      throw error;
    }
    const runbook = renderRunbook(plan);
    if (out === undefined) {
      io.stdout(format === "json" ? `${JSON.stringify(plan, null, 2)}\n` : runbook);
      return EXIT_OK;
    }
    const files: ExportFile[] = [
      { path: "RUNBOOK.md", contents: runbook, kind: "readme" },
      { path: "target.json", contents: `${JSON.stringify(plan.target, null, 2)}\n`, kind: "qdq" },
    ];
    const notes: string[] = [];
    if (genesisPath !== undefined) {
      if (plan.kind !== "goquorum-to-besu" || plan.continuity !== "same-chain") throw new UsageError("--genesis converts a GoQuorum QBFT chain's genesis for goquorum-to-besu on the same chain", "migrate");
      const converted = convertGenesis(await readJson(genesisPath, io.cwd), genesisPath);
      files.push({ path: "besu-genesis.json", contents: `${JSON.stringify(converted.genesis, null, 2)}\n`, kind: "genesis" });
      notes.push(...converted.notes);
    }
    await writeBundleTree(resolve(io.cwd, out), files, values.force === true, out);
    const lines = [`Wrote ${plan.title} to ${out.replace(/\/+$/, "")}/: ${files.map((f) => f.path).join(", ")}`];
    for (const n of notes) lines.push(`  - ${n}`);
    io.stdout(`${lines.join("\n")}\n`);
    return EXIT_OK;
  },
};

async function readJson(path: string, cwd: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), "utf8");
  } catch {
    throw new InputError(`${path}: cannot read the file`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InputError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

function convertGenesis(value: unknown, path: string) {
  try {
    return besuGenesisFromGoQuorum(value);
  } catch (error) {
    if (error instanceof GenesisConversionError) throw new InputError(`${path}: ${error.message}`);
    throw error;
  }
}

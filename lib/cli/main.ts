// The meridian command line: dispatches to one command per file, and turns every failure into an exit code
// and one clear message on stderr (0 clean, 1 findings at --fail-on, 2 bad usage or input).

import { readFileSync } from "node:fs";
import type { CommandEntry } from "./command";
import { EXIT_OK, EXIT_USAGE, InputError, UsageError } from "./errors";
import { columns } from "./format-text";
import { processIo, type CliIo } from "./io";

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: "validate",
    summary: "check a topology (native or QDQ) against the rules; exit 1 on findings",
    load: async () => (await import("./commands/validate")).validateCommand,
  },
  {
    name: "latency",
    summary: "round-trip time between two regions (measured or estimated)",
    load: async () => (await import("./commands/latency")).latencyCommand,
  },
  {
    name: "cost",
    summary: "monthly cost estimate per provider, region and group (or re-priced on one provider)",
    load: async () => (await import("./commands/cost")).costCommand,
  },
  {
    name: "import",
    summary: "convert a QDQ topology (file or DSL lines) into a Meridian document",
    load: async () => (await import("./commands/import")).importCommand,
  },
  {
    name: "export",
    summary: "write the deployment bundle: Terraform, Helm, compose, genesis, node keys (folder or zip)",
    load: async () => (await import("./commands/export")).exportCommand,
  },
  {
    name: "simulate",
    summary: "block timing, an outage drill on a timeline, and availability in minutes a year",
    load: async () => (await import("./commands/simulate")).simulateCommand,
  },
  {
    name: "optimise",
    summary: "the cheapest (or fastest) design meeting a spec, proven optimal; exit 1 when none exists",
    load: async () => (await import("./commands/optimise")).optimiseCommand,
  },
  {
    name: "verify-bundle",
    summary: "check an exported bundle: can every validator and bootnode reach the others it must?",
    load: async () => (await import("./commands/verify-bundle")).verifyBundleCommand,
  },
  {
    name: "migrate",
    summary: "plan the move off GoQuorum, Clique or Tessera (or IBFT 2.0 to QBFT): runbook and target design",
    load: async () => (await import("./commands/migrate")).migrateCommand,
  },
  {
    name: "genesis",
    summary: "print a Besu or GoQuorum genesis.json for a list of validators",
    load: async () => (await import("./commands/genesis")).genesisCommand,
  },
  {
    name: "keys",
    summary: "inspect a node key: its address and enode public key",
    load: async () => (await import("./commands/keys")).keysCommand,
  },
  {
    name: "audit",
    summary: "verify an exported audit log against its signed checkpoints, offline; make a signing key",
    load: async () => (await import("./commands/audit")).auditCommand,
  },
  {
    name: "schema",
    summary: "print the topology document's JSON Schema",
    load: async () => (await import("./commands/schema")).schemaCommand,
  },
];

function mainHelp(): string {
  return `Usage: meridian <command> [options]

Design checks and exports for multi-region, multi-cloud permissioned Ethereum networks (Besu, GoQuorum).

Commands:
${columns(COMMANDS.map((c) => [`  ${c.name}`, c.summary]))}

Options:
  -h, --help     show this help; "meridian <command> --help" for a command's
  --version      print the version

Exit codes: 0 clean, 1 findings at or above --fail-on (validate) or a broken pair (verify-bundle), 2 bad usage or
unreadable/invalid input.
`;
}

/** The package's version, read beside this file so it is right from any working directory. */
export function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: unknown };
    return typeof pkg.version === "string" ? pkg.version : "unknown";
  } catch {
    return "unknown";
  }
}

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(mainHelp());
    return EXIT_USAGE;
  }
  if (first === "-h" || first === "--help") {
    io.stdout(mainHelp());
    return EXIT_OK;
  }
  if (first === "--version" || first === "-V") {
    io.stdout(`meridian ${version()}\n`);
    return EXIT_OK;
  }
  if (first === "help") {
    const topic = rest[0] === undefined ? undefined : COMMANDS.find((c) => c.name === rest[0]);
    if (rest[0] !== undefined && !topic) return usageFailure(io, new UsageError(`unknown command '${rest[0]}'`));
    io.stdout(topic ? (await topic.load()).help : mainHelp());
    return EXIT_OK;
  }
  const entry = COMMANDS.find((c) => c.name === first);
  if (!entry) {
    const message = first.startsWith("-") ? `unknown option '${first}'` : `unknown command '${first}'`;
    return usageFailure(io, new UsageError(`${message} (commands: ${COMMANDS.map((c) => c.name).join(", ")})`));
  }
  const command = { name: entry.name };
  try {
    return await (await entry.load()).run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) return usageFailure(io, error);
    if (error instanceof InputError) {
      io.stderr(`meridian ${command.name}: ${error.message}\n${error.details.map((d) => `  ${d}\n`).join("")}`);
      return EXIT_USAGE;
    }
    // A bug, not the user's fault: say so, with the stack when asked for.
    const detail = process.env.MERIDIAN_DEBUG ? `\n${(error as Error).stack ?? ""}` : " (set MERIDIAN_DEBUG=1 for details)";
    io.stderr(`meridian ${command.name}: internal error: ${(error as Error).message ?? String(error)}${detail}\n`);
    return EXIT_USAGE;
  }
}

function usageFailure(io: CliIo, error: UsageError): number {
  const where = error.command ? `meridian ${error.command}` : "meridian";
  io.stderr(`${where}: ${error.message}\nRun '${where} --help' for usage.\n`);
  return EXIT_USAGE;
}

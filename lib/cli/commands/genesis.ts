// meridian genesis: a genesis.json for Besu or GoQuorum from a validator list, without a topology, printed
// on stdout (the same generator the export bundle uses).

import { buildGenesis, ExportError, genesisText, parseAddress } from "../../domain/export";
import { CLIENTS, CONSENSUS_ALGORITHMS, CONSENSUS_BY_CLIENT, type Client, type Consensus } from "../../domain/schema";
import { MIGRATION_HINT, statusSentence, unsupportedChoicesOf } from "../../domain/support";
import { parseCommandArgs, stringOption } from "../args";
import type { Command } from "../command";
import { EXIT_OK, UsageError } from "../errors";

const HELP = `Usage: meridian genesis --client besu|goquorum --consensus <algorithm> --validators <address,...> [options]

Prints a genesis.json whose extraData names the validators (signers), in the layout the client reads.

Options:
  --client besu|goquorum       the Ethereum client
  --consensus <algorithm>      besu: qbft, ibft2, clique; goquorum: qbft, istanbul (or ibft), raft, clique
  --validators <address,...>   validator addresses, comma-separated, 0x and 40 hex digits (not for raft)
  --chain-id <n>               chain id, 1 to 4294967295 (default 1337)
  --block-period <seconds>     block period (default 5)
  -h, --help                   show this help
`;

export const genesisCommand: Command = {
  name: "genesis",
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs("genesis", args, {
      client: { type: "string" },
      consensus: { type: "string" },
      validators: { type: "string" },
      "chain-id": { type: "string" },
      "block-period": { type: "string" },
    });
    if (values.help) {
      io.stdout(HELP);
      return EXIT_OK;
    }
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`, "genesis");
    const client = required(values, "client", CLIENTS) as Client;
    const consensus = consensusOf(client, stringOption(values, "consensus"));
    const chainId = integerOption(values, "chain-id", 1337, 1, 4_294_967_295);
    const blockPeriodSeconds = integerOption(values, "block-period", 5, 1, 600);
    const list = stringOption(values, "validators");
    if (consensus === "raft" && list !== undefined) throw new UsageError("raft takes its members from static-nodes.json, not --validators", "genesis");
    if (consensus !== "raft" && list === undefined) throw new UsageError("missing --validators <address,...>", "genesis");
    try {
      const validators = (list ?? "").split(",").map((a) => a.trim()).filter(Boolean).map(parseAddress);
      if (consensus !== "raft" && validators.length === 0) throw new UsageError("--validators lists no address", "genesis");
      io.stdout(genesisText(buildGenesis({ client, consensus, chainId, validators, blockPeriodSeconds })));
      // Still written (existing networks are real), but never silently.
      for (const entry of unsupportedChoicesOf(client, consensus)) io.stderr(`warning: ${statusSentence(entry)}; for a network that already runs only (${MIGRATION_HINT})\n`);
    } catch (error) {
      if (error instanceof ExportError) throw new UsageError(error.message, "genesis");
      throw error;
    }
    return EXIT_OK;
  },
};

function required(values: Record<string, unknown>, name: string, choices: readonly string[]): string {
  const value = values[name];
  if (typeof value !== "string") throw new UsageError(`missing --${name} (${choices.join(" or ")})`, "genesis");
  const match = choices.find((c) => c === value.toLowerCase());
  if (!match) throw new UsageError(`--${name} must be one of ${choices.join(", ")}, got '${value}'`, "genesis");
  return match;
}

/** GoQuorum calls IBFT 1.0 "istanbul"; QDQ users also write "ibft". */
function consensusOf(client: Client, value: string | undefined): Consensus {
  if (value === undefined) throw new UsageError(`missing --consensus (${client}: ${CONSENSUS_BY_CLIENT[client].join(", ")})`, "genesis");
  const lower = value.toLowerCase();
  const name = client === "goquorum" && lower === "ibft" ? "istanbul" : lower;
  const consensus = CONSENSUS_ALGORITHMS.find((c) => c === name);
  if (!consensus || !CONSENSUS_BY_CLIENT[client].includes(consensus)) {
    throw new UsageError(`${client} does not run '${value}' (it runs ${CONSENSUS_BY_CLIENT[client].join(", ")})`, "genesis");
  }
  return consensus;
}

function integerOption(values: Record<string, unknown>, name: string, fallback: number, min: number, max: number): number {
  const value = values[name];
  if (typeof value !== "string") return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got '${value}'`, "genesis");
  return n;
}

// meridian keys inspect: the public half of a node key (account address and enode public key), to check a
// key before supplying it to `meridian export --keys`. Never prints the private key.

import { ExportError, inspectNodeKey } from "../../domain/export";
import { expectPositionals, parseCommandArgs, stringOption } from "../args";
import type { Command } from "../command";
import { EXIT_OK, InputError, UsageError } from "../errors";
import { readInput, writeJson } from "../io";

const HELP = `Usage: meridian keys inspect --nodekey <hex>
       meridian keys inspect --nodekey-file <file>

Prints {address, publicKey} for a secp256k1 node key: the EIP-55 account address (what genesis extraData
lists for a validator) and the 128-hex-digit public key (the enode id). --nodekey-file keeps the key out of
your shell history and process list; "-" reads standard input.

Options:
  --nodekey <hex>        the private key, 64 hex digits, 0x optional
  --nodekey-file <file>  a file holding it (a nodekey file of an export bundle)
  -h, --help             show this help
`;

export const keysCommand: Command = {
  name: "keys",
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs("keys", args, {
      nodekey: { type: "string" },
      "nodekey-file": { type: "string" },
    });
    if (values.help) {
      io.stdout(HELP);
      return EXIT_OK;
    }
    const [action] = expectPositionals("keys", positionals, ["action"]);
    if (action !== "inspect") throw new UsageError(`unknown action '${action}' (actions: inspect)`, "keys");
    const inline = stringOption(values, "nodekey");
    const file = stringOption(values, "nodekey-file");
    if ((inline === undefined) === (file === undefined)) throw new UsageError("give one of --nodekey <hex> or --nodekey-file <file>", "keys");
    const hex = inline ?? (await readInput(file!, io)).text;
    try {
      writeJson(io, inspectNodeKey(hex));
    } catch (error) {
      if (error instanceof ExportError) throw new InputError(error.message);
      throw error;
    }
    return EXIT_OK;
  },
};

// meridian schema: the topology document's JSON Schema, for editors and other tools.

import { topologyJsonSchema } from "../../domain/schema";
import { parseCommandArgs } from "../args";
import type { Command } from "../command";
import { EXIT_OK, UsageError } from "../errors";
import { writeJson } from "../io";

const HELP = `Usage: meridian schema

Prints the JSON Schema (draft 2020-12) of the Meridian topology document.

Options:
  -h, --help   show this help
`;

export const schemaCommand: Command = {
  name: "schema",
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs("schema", args, {});
    if (values.help) {
      io.stdout(HELP);
      return EXIT_OK;
    }
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`, "schema");
    writeJson(io, topologyJsonSchema());
    return EXIT_OK;
  },
};

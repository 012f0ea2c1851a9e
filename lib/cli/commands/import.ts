// meridian import --from qdq <file>: converts QDQ's topology inputs into a Meridian document (JSON on stdout).

import { choiceOption, parseCommandArgs, stringOption } from "../args";
import type { Command } from "../command";
import { EXIT_OK, UsageError } from "../errors";
import { parseStructured, readInput, writeJson } from "../io";
import { importQdqInput } from "../load-topology";

const HELP = `Usage: meridian import --from qdq <file> [options]
       meridian import --from qdq --distribution <dsl> [--deployment-map <dsl>] [--placement <dsl>]

Converts a Quorum Dev Quickstart topology into a Meridian topology document, printed as JSON. Reads QDQ's
EnhancedTopologyFile (JSON or YAML), its TopologyFile or resolved topology.parameters.json, its one-line DSLs,
QDQ flags as FLAG=VALUE lines (as Meridian's qdq/topology.dsl export writes them) or a QDQ command line, from
a file (or "-" for standard input) or from the options below. Warnings about what was assumed or not kept go
to stderr; a value Meridian cannot read is refused (exit 2), naming the field or flag.

Options:
  --from qdq                  the source format (only qdq for now; the default)
  --distribution <dsl>        eastus:validators=3+rpc=2+boot=1,aws:us-east-1:validators=2
  --deployment-map <dsl>      validators=aks,rpc=aca,archive=vmss,boot=vm
  --placement <dsl>           validators:aks:eastus+westus2;rpc:aca:centralus
  --name <name>               the document's name
  -h, --help                  show this help
`;

export const importCommand: Command = {
  name: "import",
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs("import", args, {
      from: { type: "string" },
      distribution: { type: "string" },
      "deployment-map": { type: "string" },
      placement: { type: "string" },
      name: { type: "string" },
    });
    if (values.help) {
      io.stdout(HELP);
      return EXIT_OK;
    }
    choiceOption("import", values, "from", ["qdq"] as const, "qdq");
    const name = stringOption(values, "name");
    const dsl = {
      distribution: stringOption(values, "distribution"),
      deploymentMap: stringOption(values, "deployment-map"),
      placement: stringOption(values, "placement"),
    };
    const hasDsl = Object.values(dsl).some((v) => v !== undefined);
    if (positionals.length > 1) throw new UsageError(`unexpected argument '${positionals[1]}'`, "import");
    const [file] = positionals;
    if (file !== undefined && hasDsl) throw new UsageError("give a file or DSL options, not both", "import");
    if (file === undefined && !hasDsl) throw new UsageError("missing <file> (or --distribution / --placement)", "import");

    let value: unknown;
    let source: string;
    if (file !== undefined) {
      const input = await readInput(file, io);
      const parsed = parseStructured(input);
      // Text that YAML reads as one string (flag lines, a command line) is the importer's to judge.
      value = parsed.kind === "line" ? parsed.text : typeof parsed.value === "string" ? input.text : parsed.value;
      source = input.name;
    } else {
      value = Object.fromEntries(Object.entries(dsl).filter(([, v]) => v !== undefined));
      source = "the DSL options";
    }
    const { document, warnings } = importQdqInput(value, source, name !== undefined ? { name } : {});
    for (const w of warnings) io.stderr(`warning: ${w}\n`);
    writeJson(io, document);
    return EXIT_OK;
  },
};

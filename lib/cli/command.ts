import type { CliIo } from "./io";

export interface Command {
  name: string;
  /** The full text of `meridian <name> --help`. */
  help: string;
  /** Resolves to the exit code; throws UsageError or InputError for exit code 2. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/**
 * What `meridian --help` lists. Commands load on use, so `import` or `schema` never pulls in the rule
 * engine or the price tables (faster start, and one command's module can't break another).
 */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

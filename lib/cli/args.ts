// util.parseArgs with the CLI's conventions: its errors become UsageErrors, and enum-valued and list-valued
// options are checked here so every command words those errors the same way.

import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./errors";

type Options = NonNullable<ParseArgsConfig["options"]>;

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parseCommandArgs(command: string, args: readonly string[], options: Options): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as ParsedArgs["values"], positionals };
  } catch (error) {
    // Node's messages are good ("Unknown option '--x'"); drop its advice about "--" which is noise here.
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, "");
    throw new UsageError(message, command);
  }
}

export function stringOption(values: ParsedArgs["values"], name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
}

export function choiceOption<T extends string>(
  command: string,
  values: ParsedArgs["values"],
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const value = stringOption(values, name);
  if (value === undefined) return fallback;
  const match = choices.find((c) => c === value.toLowerCase());
  if (!match) throw new UsageError(`--${name} must be one of ${choices.join(", ")}, got '${value}'`, command);
  return match;
}

/** `--packs gdpr,hipaa`: a comma-separated list, each item one of `choices`. */
export function listOption<T extends string>(
  command: string,
  values: ParsedArgs["values"],
  name: string,
  choices: readonly T[],
): T[] {
  const value = stringOption(values, name);
  if (value === undefined) return [];
  const items = value.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
  return items.map((item) => {
    const match = choices.find((c) => c === item);
    if (!match) throw new UsageError(`--${name}: unknown value '${item}' (expected ${choices.join(", ")})`, command);
    return match;
  });
}

export function expectPositionals(command: string, positionals: readonly string[], names: readonly string[]): string[] {
  if (positionals.length < names.length) {
    throw new UsageError(`missing ${names.slice(positionals.length).map((n) => `<${n}>`).join(" ")}`, command);
  }
  if (positionals.length > names.length) {
    throw new UsageError(`unexpected argument '${positionals[names.length]}'`, command);
  }
  return [...positionals];
}

// Reading inputs (a file or stdin, JSON or YAML told apart by content) and writing results. Commands get a
// CliIo rather than touching process.*, so they can run in-process in tests as well as from the bin.

import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { InputError } from "./errors";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** All of standard input, for a file argument of "-". */
  readStdin(): Promise<string>;
  cwd: string;
}

export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  },
  cwd: process.cwd(),
};

/** Topology files are small; a cap keeps a wrong path (a disk image, a log) from eating memory. */
const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export interface InputText {
  /** As the user wrote it, for messages: "topology.yaml", or "stdin". */
  name: string;
  text: string;
}

export async function readInput(path: string, io: CliIo): Promise<InputText> {
  if (path === "-") return { name: "stdin", text: await io.readStdin() };
  const full = resolve(io.cwd, path);
  try {
    const info = await stat(full);
    if (info.isDirectory()) throw new InputError(`cannot read ${path}: it is a directory`);
    if (info.size > MAX_INPUT_BYTES) throw new InputError(`cannot read ${path}: ${info.size} bytes is more than a topology file holds (limit 20 MB)`);
    return { name: path, text: (await readFile(full, "utf8")).replace(/^\uFEFF/, "") };
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : (error as Error).message;
    throw new InputError(`cannot read ${path}: ${reason}`);
  }
}

export type ParsedText = { kind: "data"; value: unknown } | { kind: "line"; text: string };

/**
 * JSON when the text starts like JSON, YAML otherwise (YAML is a superset, but JSON's errors are clearer).
 * A single line that YAML reads as a plain string is handed back as a line: it may be a QDQ DSL.
 */
export function parseStructured(input: InputText): ParsedText {
  const text = input.text.trim();
  if (!text) throw new InputError(`${input.name} is empty`);
  if (text.startsWith("{") || text.startsWith("[")) {
    try {
      return { kind: "data", value: JSON.parse(text) as unknown };
    } catch (error) {
      throw new InputError(`${input.name} is not valid JSON: ${(error as Error).message}`);
    }
  }
  let value: unknown;
  try {
    value = parseYaml(text, { maxAliasCount: 1000 });
  } catch (error) {
    // QDQ's DSL lines (eastus:validators=3+rpc=2) are not always valid YAML; let the importer judge them.
    if (!/[\n\r]/.test(text)) return { kind: "line", text };
    throw new InputError(`${input.name} is neither JSON nor valid YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  return typeof value === "string" && !/[\n\r]/.test(text) ? { kind: "line", text } : { kind: "data", value };
}

export function writeJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
